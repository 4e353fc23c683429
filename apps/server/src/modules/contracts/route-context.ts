import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context';
import { auditContextOf } from '../../platform/audit/request-context';
import { requireActor } from '../../platform/auth/actor';
import { organisationTimeZone } from '../org';
import type { ContractCommandContext } from './commands/context';

/** The command context of a request; `today` is the clock's date in the organisation's time zone. */
export async function contractCommandContext(
  request: FastifyRequest,
  ctx: AppContext,
): Promise<ContractCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone }).format(audit.at);
  return { db: ctx.db, actor: requireActor(request), audit, today };
}
