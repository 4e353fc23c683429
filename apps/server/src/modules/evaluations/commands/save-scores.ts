import type { SaveScoresRequest } from '@thirdline/shared/evaluations/evaluations.schemas';
import type { EvaluationScale } from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import { isOnScale } from '@thirdline/shared/evaluations/scoring';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, unprocessable, type FieldError } from '../../../platform/errors/problem';
import { evaluationVendorsOf } from '../evaluations.repository';
import { conflictsOf, updateSheetRow, upsertScores, type SheetRow } from '../sheets.repository';
import type { EvaluationCommandContext } from './context';
import { lockVisibleSheet, requireDeclared, requireOwnOpenSheet } from './sheet-access';

const OFF_SCALE: Record<EvaluationScale, string> = {
  '0-100': 'Must be from 0 to 100 with at most two decimals.',
  '1-5': 'Must be from 1 to 5 with at most two decimals.',
};

/**
 * The evaluator saves scores and comments on their own open sheet (partial saves allowed; a later save of the same
 * vendor and criterion replaces it). Anything wrong refuses the whole save: nothing is written.
 */
export async function saveScores(
  c: EvaluationCommandContext,
  evaluationId: string,
  sheetId: string,
  input: SaveScoresRequest,
): Promise<SheetRow> {
  return c.db.transaction(async (tx) => {
    const locked = await lockVisibleSheet(tx, c, evaluationId, sheetId);
    requireOwnOpenSheet(c, locked, input.version);
    requireDeclared(locked.sheet);
    const { evaluation } = locked;
    const scale = evaluation.scale as EvaluationScale;
    const criteria = new Map(evaluation.criteria.map((cr) => [cr.id, cr]));
    const errors: FieldError[] = [];
    input.scores.forEach((s, i) => {
      const criterion = criteria.get(s.criterionId);
      if (!criterion)
        errors.push({ path: `scores.${i}.criterionId`, message: 'No such criterion in this evaluation.' });
      else if (criterion.priceCriterion) {
        errors.push({ path: `scores.${i}.criterionId`, message: 'The price criterion is scored from the prices.' });
      }
      if (!isOnScale(scale, s.score)) errors.push({ path: `scores.${i}.score`, message: OFF_SCALE[scale] });
    });
    if (errors.length > 0) throw badRequest('Some scores are not valid.', errors, 'validation_failed');

    const vendorIds = new Set((await evaluationVendorsOf(tx, evaluationId)).map((v) => v.vendorId));
    const outside = [...new Set(input.scores.map((s) => s.vendorId).filter((v) => !vendorIds.has(v)))];
    if (outside.length > 0) {
      throw unprocessable('A scored vendor is not in this evaluation.', 'vendor_not_in_evaluation', {
        vendorIds: outside,
      });
    }
    const conflicted = new Set((await conflictsOf(tx, [sheetId])).map((x) => x.vendorId));
    const excluded = [...new Set(input.scores.map((s) => s.vendorId).filter((v) => conflicted.has(v)))];
    if (excluded.length > 0) {
      throw unprocessable(
        'You declared a conflict of interest with this vendor and may not score it.',
        'conflict_of_interest',
        { vendorIds: excluded },
      );
    }
    await upsertScores(
      tx,
      input.scores.map((s) => ({
        evaluationId,
        sheetId,
        vendorId: s.vendorId,
        criterionId: s.criterionId,
        score: s.score,
        comment: s.comment || null,
      })),
    );
    const after = await updateSheetRow(tx, sheetId, {
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: locked.sheet.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation-sheet.score',
      recordType: 'evaluation-sheet',
      recordId: sheetId,
      after: { scores: input.scores },
    });
    return after;
  });
}
