import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app-context';
import { auditContextOf } from '../../../platform/audit/request-context';
import { requireActor } from '../../../platform/auth/actor';
import { localDate } from '../../../platform/calendar/zoned-time';
import { organisationTimeZone } from '../../org';
import type { ExitCommandContext } from './commands/context';

export async function exitCommandContext(request: FastifyRequest, ctx: AppContext): Promise<ExitCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  return { db: ctx.db, actor: requireActor(request), audit, today: localDate(audit.at, timeZone) };
}

export const exitTags = ['contracts'];
