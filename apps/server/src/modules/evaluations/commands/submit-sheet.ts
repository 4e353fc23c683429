import { recordAudit } from '../../../platform/audit/audit';
import { unprocessable } from '../../../platform/errors/problem';
import { evaluationVendorsOf } from '../evaluations.repository';
import { conflictsOf, scoresOf, updateSheetRow, type SheetRow } from '../sheets.repository';
import type { EvaluationCommandContext } from './context';
import { lockVisibleSheet, requireDeclared, requireOwnOpenSheet } from './sheet-access';

/** The scores a sheet still needs: every vendor it is not conflicted with × every criterion not scored by price. */
export async function missingScores(
  c: EvaluationCommandContext,
  sheet: SheetRow,
  criteria: readonly { id: string; priceCriterion: boolean }[],
): Promise<number> {
  const vendors = await evaluationVendorsOf(c.db, sheet.evaluationId);
  const conflicted = new Set((await conflictsOf(c.db, [sheet.id])).map((x) => x.vendorId));
  const scored = new Set((await scoresOf(c.db, [sheet.id])).map((s) => `${s.vendorId}|${s.criterionId}`));
  let missing = 0;
  for (const v of vendors) {
    if (conflicted.has(v.vendorId)) continue;
    for (const cr of criteria) if (!cr.priceCriterion && !scored.has(`${v.vendorId}|${cr.id}`)) missing += 1;
  }
  return missing;
}

/** The evaluator submits a complete sheet; it is locked from then on (the chair may reopen it). */
export async function submitSheet(
  c: EvaluationCommandContext,
  evaluationId: string,
  sheetId: string,
  input: { version: number },
): Promise<SheetRow> {
  return c.db.transaction(async (tx) => {
    const locked = await lockVisibleSheet(tx, c, evaluationId, sheetId);
    requireOwnOpenSheet(c, locked, input.version);
    requireDeclared(locked.sheet);
    const missing = await missingScores({ ...c, db: tx as typeof c.db }, locked.sheet, locked.evaluation.criteria);
    if (missing > 0) {
      throw unprocessable(`The sheet still lacks ${missing} scores.`, 'sheet_incomplete', { missing });
    }
    const after = await updateSheetRow(tx, sheetId, {
      status: 'submitted',
      submittedAt: c.audit.at,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: locked.sheet.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation-sheet.submit',
      recordType: 'evaluation-sheet',
      recordId: sheetId,
      before: locked.sheet,
      after,
    });
    return after;
  });
}
