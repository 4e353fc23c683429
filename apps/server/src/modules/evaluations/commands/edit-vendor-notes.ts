import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound } from '../../../platform/errors/problem';
import { evaluationVendorsOf, lockEvaluation, updateVendorNotes } from '../evaluations.repository';
import { requireManage } from '../evaluations.policy';
import type { EvaluationCommandContext } from './context';

/** Edits a vendor's strengths and weaknesses for the report (drafted from comments until edited). */
export async function editVendorNotes(
  c: EvaluationCommandContext,
  id: string,
  vendorId: string,
  input: { strengths: string; weaknesses: string },
): Promise<void> {
  await c.db.transaction(async (tx) => {
    const evaluation = await lockEvaluation(tx, id);
    if (!evaluation) throw notFound('No such evaluation.');
    requireManage(c.actor, evaluation);
    if (evaluation.status !== 'closed') {
      throw conflict('Strengths and weaknesses are edited after close, before the recommendation.', 'illegal_state', {
        status: evaluation.status,
      });
    }
    const before = (await evaluationVendorsOf(tx, id)).find((v) => v.vendorId === vendorId);
    if (!before) throw notFound('No such vendor in this evaluation.');
    await updateVendorNotes(tx, id, vendorId, input);
    await recordAudit(tx, c.audit, {
      action: 'evaluation.edit-vendor-notes',
      recordType: 'evaluation',
      recordId: id,
      before: { vendorId, strengths: before.strengths, weaknesses: before.weaknesses },
      after: { vendorId, ...input },
    });
  });
}
