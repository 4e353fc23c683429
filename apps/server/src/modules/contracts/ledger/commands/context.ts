import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../../app-context';
import type { Db } from '../../../../db/client';
import { auditContextOf } from '../../../../platform/audit/request-context';
import type { AuditContext } from '../../../../platform/audit/audit';
import { requireActor, type Actor } from '../../../../platform/auth/actor';
import { localDate } from '../../../../platform/calendar/zoned-time';
import { organisationTimeZone } from '../../../org';

/** What every ledger command is given. `today` is the organisation's date (its time zone) at `audit.at`. */
export interface LedgerCommandContext {
  db: Db;
  actor: Actor;
  audit: AuditContext;
  today: string;
}

export async function ledgerContext(request: FastifyRequest, ctx: AppContext): Promise<LedgerCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  return { db: ctx.db, actor: requireActor(request), audit, today: localDate(audit.at, timeZone) };
}
