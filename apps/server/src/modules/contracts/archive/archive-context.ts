import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app-context';
import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import { auditContextOf } from '../../../platform/audit/request-context';
import { requireActor, type Actor } from '../../../platform/auth/actor';
import { localDate } from '../../../platform/calendar/zoned-time';
import { organisationTimeZone } from '../../org';

/** What an archive command needs: the database, the caller, the audit context and today's date (organisation). */
export interface ArchiveCommandContext {
  db: Db;
  actor: Actor;
  audit: AuditContext;
  today: string;
}

export async function archiveContext(request: FastifyRequest, ctx: AppContext): Promise<ArchiveCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  return { db: ctx.db, actor: requireActor(request), audit, today: localDate(audit.at, timeZone) };
}
