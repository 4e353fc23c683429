import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app-context';
import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import { auditContextOf } from '../../../platform/audit/request-context';
import { requireActor } from '../../../platform/auth/actor';
import { localDate } from '../../../platform/calendar/zoned-time';
import { organisationTimeZone } from '../../org';
import type { SourcingActor } from '../sourcing.policy';

/** What every sourcing command is given. `today` is the organisation's date at `audit.at`. */
export interface SourcingCommandContext {
  db: Db;
  actor: SourcingActor;
  audit: AuditContext;
  timeZone: string;
  today: string;
}

export async function sourcingContext(request: FastifyRequest, ctx: AppContext): Promise<SourcingCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  return { db: ctx.db, actor: requireActor(request), audit, timeZone, today: localDate(audit.at, timeZone) };
}
