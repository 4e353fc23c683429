import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context';
import { auditContextOf } from '../../platform/audit/request-context';
import { requireActor } from '../../platform/auth/actor';
import { organisationTimeZone } from '../org';
import type { VendorCommandContext } from './commands/context';
import { todayIn } from './vendor-dates';

/** The command context of a request; `today` is the clock's date in the organisation's time zone. */
export async function commandContext(request: FastifyRequest, ctx: AppContext): Promise<VendorCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  return { db: ctx.db, actor: requireActor(request), audit, today: todayIn(timeZone, audit.at) };
}
