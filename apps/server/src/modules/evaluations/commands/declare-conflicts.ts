import { recordAudit } from '../../../platform/audit/audit';
import { unprocessable } from '../../../platform/errors/problem';
import { evaluationVendorsOf } from '../evaluations.repository';
import {
  conflictsOf,
  deleteScoresForVendors,
  replaceConflicts,
  updateSheetRow,
  type SheetRow,
} from '../sheets.repository';
import type { EvaluationCommandContext } from './context';
import { lockVisibleSheet, requireOwnOpenSheet } from './sheet-access';

/**
 * The evaluator declares their conflicts of interest (R4.2), before scoring and again while their sheet is open.
 * A declared conflict excludes them from that vendor: scores they already gave it are removed.
 */
export async function declareConflicts(
  c: EvaluationCommandContext,
  evaluationId: string,
  sheetId: string,
  input: { version: number; conflicts: { vendorId: string; reason: string }[] },
): Promise<SheetRow> {
  return c.db.transaction(async (tx) => {
    const locked = await lockVisibleSheet(tx, c, evaluationId, sheetId);
    requireOwnOpenSheet(c, locked, input.version, true);
    const vendorIds = new Set((await evaluationVendorsOf(tx, evaluationId)).map((v) => v.vendorId));
    const unknown = input.conflicts.map((x) => x.vendorId).filter((v) => !vendorIds.has(v));
    if (unknown.length > 0) {
      throw unprocessable('A declared vendor is not in this evaluation.', 'vendor_not_in_evaluation', {
        vendorIds: unknown,
      });
    }
    const conflicts = [...new Map(input.conflicts.map((x) => [x.vendorId, x])).values()];
    const before = { ...locked.sheet, conflicts: await conflictsOf(tx, [sheetId]) };
    await replaceConflicts(tx, sheetId, conflicts);
    await deleteScoresForVendors(
      tx,
      sheetId,
      conflicts.map((x) => x.vendorId),
    );
    const after = await updateSheetRow(tx, sheetId, {
      declaredAt: c.audit.at,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: locked.sheet.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation-sheet.declare',
      recordType: 'evaluation-sheet',
      recordId: sheetId,
      before,
      after: { ...after, conflicts },
    });
    return after;
  });
}
