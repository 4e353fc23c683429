import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context';
import { auditContextOf } from '../../platform/audit/request-context';
import { requireActor } from '../../platform/auth/actor';
import { localDate } from '../../platform/calendar/zoned-time';
import { organisationTimeZone } from '../org';
import type { EvaluationCommandContext } from './commands/context';
import { findEvaluation, type EvaluationRow } from './evaluations.repository';
import { requireReadable } from './evaluations.policy';
import { sheetsOf, type SheetRow } from './sheets.repository';

export async function commandContext(request: FastifyRequest, ctx: AppContext): Promise<EvaluationCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  return { db: ctx.db, actor: requireActor(request), audit, today: localDate(audit.at, timeZone) };
}

/** An evaluation the caller may read (404 otherwise), its sheets and the caller's own sheet. */
export async function readableEvaluation(
  c: EvaluationCommandContext,
  id: string,
): Promise<{ row: EvaluationRow; sheets: SheetRow[]; mine: SheetRow | undefined }> {
  const found = await findEvaluation(c.db, id);
  const sheets = found ? await sheetsOf(c.db, id) : [];
  const mine = sheets.find((s) => s.evaluatorId === c.actor.userId);
  return { row: requireReadable(c.actor, found, mine), sheets, mine };
}
