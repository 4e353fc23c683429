import type { Executor } from '../../../db/client';
import { conflict, forbidden, notFound, unprocessable, versionConflict } from '../../../platform/errors/problem';
import { lockEvaluation, type EvaluationRow } from '../evaluations.repository';
import { canReadEvaluation, canReadSheet } from '../evaluations.policy';
import { lockSheet, sheetsOf, type SheetRow } from '../sheets.repository';
import type { EvaluationCommandContext } from './context';

export interface LockedSheet {
  evaluation: EvaluationRow;
  sheet: SheetRow;
}

/**
 * Locks the evaluation and one of its sheets for a change, in the order every sheet command uses. Unknown or
 * invisible → 404 (another evaluator's sheet before close is invisible).
 */
export async function lockVisibleSheet(
  tx: Executor,
  c: EvaluationCommandContext,
  evaluationId: string,
  sheetId: string,
): Promise<LockedSheet> {
  const evaluation = await lockEvaluation(tx, evaluationId);
  const mine = evaluation
    ? (await sheetsOf(tx, evaluationId)).find((s) => s.evaluatorId === c.actor.userId)
    : undefined;
  if (!evaluation || !canReadEvaluation(c.actor, evaluation, mine)) throw notFound('No such evaluation.');
  const sheet = await lockSheet(tx, evaluationId, sheetId);
  if (!sheet || !canReadSheet(c.actor, evaluation, sheet)) throw notFound('No such score sheet.');
  return { evaluation, sheet };
}

/**
 * The evaluator's own sheet while scoring is open and the sheet is not submitted (locked once submitted), at the
 * version the caller read (stale → 409 version_conflict, after the state checks so the state is what they learn).
 */
export function requireOwnOpenSheet(
  c: EvaluationCommandContext,
  { evaluation, sheet }: LockedSheet,
  version: number,
  allowDraftEvaluation = false,
): void {
  if (sheet.evaluatorId !== c.actor.userId)
    throw forbidden('Only its evaluator may change a score sheet.', 'not_your_sheet');
  if (evaluation.status === 'draft' && !allowDraftEvaluation) {
    throw conflict('Scoring has not started yet.', 'scoring_not_started', { status: evaluation.status });
  }
  if (evaluation.status !== 'draft' && evaluation.status !== 'scoring') {
    throw conflict('Scoring is closed.', 'scoring_closed', { status: evaluation.status });
  }
  if (sheet.status !== 'draft') {
    throw conflict('The score sheet is submitted and locked; the chair may reopen it.', 'sheet_submitted');
  }
  if (sheet.version !== version) throw versionConflict();
}

export function requireDeclared(sheet: SheetRow): void {
  if (!sheet.declaredAt) {
    throw unprocessable('Declare your conflicts of interest (or none) before scoring.', 'declaration_required');
  }
}
