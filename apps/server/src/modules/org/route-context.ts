import { organisationTimeZone } from './lookups';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context';
import { auditContextOf } from '../../platform/audit/request-context';
import { requireActor } from '../../platform/auth/actor';
import type { OrgCommandContext } from './commands/context';

/** The command context of an HTTP request: the app's database, the signed-in actor, the request's audit context. */
export function commandContext(request: FastifyRequest, ctx: AppContext): OrgCommandContext {
  return { db: ctx.db, actor: requireActor(request), audit: auditContextOf(request, ctx.clock) };
}

/** The organisation's time zone (for exported times); the configured default until settings exist. */
export function orgTimeZone(ctx: AppContext): Promise<string> {
  return organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
}

/** `name-2026-03-02.xlsx`, dated by the clock in the organisation's time zone. */
export function exportFileName(name: string, now: Date, timeZone: string): string {
  return `${name}-${new Intl.DateTimeFormat('sv-SE', { timeZone }).format(now)}.xlsx`;
}
