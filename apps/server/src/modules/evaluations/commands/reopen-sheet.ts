import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound } from '../../../platform/errors/problem';
import { lockEvaluation } from '../evaluations.repository';
import { requireChair } from '../evaluations.policy';
import { lockSheet, updateSheetRow, type SheetRow } from '../sheets.repository';
import type { EvaluationCommandContext } from './context';

/**
 * The chair reopens one submitted sheet while scoring is open, with a reason (audited on the sheet). The chair
 * addresses it by the id the panel view shows; its scores stay invisible to the chair until close.
 */
export async function reopenSheet(
  c: EvaluationCommandContext,
  evaluationId: string,
  sheetId: string,
  input: { reason: string },
): Promise<SheetRow> {
  return c.db.transaction(async (tx) => {
    const evaluation = await lockEvaluation(tx, evaluationId);
    if (!evaluation || evaluation.chairId !== c.actor.userId) {
      // Only the chair may; everybody else learns nothing more than a forbidden action on a record they can read.
      if (!evaluation) throw notFound('No such evaluation.');
      requireChair(c.actor, evaluation);
    }
    const sheet = await lockSheet(tx, evaluationId, sheetId);
    if (!sheet) throw notFound('No such score sheet.');
    if (evaluation.status !== 'scoring') {
      throw conflict('Sheets can only be reopened while scoring is open.', 'scoring_closed', {
        status: evaluation.status,
      });
    }
    if (sheet.status !== 'submitted') throw conflict('Only a submitted sheet can be reopened.', 'sheet_not_submitted');
    const after = await updateSheetRow(tx, sheetId, {
      status: 'draft',
      submittedAt: null,
      reopenReason: input.reason,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: sheet.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation-sheet.reopen',
      recordType: 'evaluation-sheet',
      recordId: sheetId,
      before: { status: sheet.status, submittedAt: sheet.submittedAt },
      after: { status: after.status, reopenReason: input.reason },
    });
    return after;
  });
}
