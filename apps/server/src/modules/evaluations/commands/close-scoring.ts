import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, unprocessable, versionConflict } from '../../../platform/errors/problem';
import { userDisplayNames } from '../../org';
import { lockEvaluation, updateEvaluationRow, type EvaluationRow } from '../evaluations.repository';
import { requireChair } from '../evaluations.policy';
import { sheetsOf } from '../sheets.repository';
import type { EvaluationCommandContext } from './context';

/** The chair closes scoring once every sheet is submitted; scores and results become visible to the readers. */
export async function closeScoring(
  c: EvaluationCommandContext,
  id: string,
  input: { version: number },
): Promise<EvaluationRow> {
  return c.db.transaction(async (tx) => {
    const before = await lockEvaluation(tx, id);
    if (!before) throw notFound('No such evaluation.');
    requireChair(c.actor, before);
    if (before.version !== input.version) throw versionConflict();
    if (before.status !== 'scoring') {
      throw conflict('Only an evaluation being scored can be closed.', 'illegal_transition', {
        status: before.status,
        allowedNext: before.status === 'draft' ? ['scoring'] : [],
      });
    }
    const pending = (await sheetsOf(tx, id)).filter((s) => s.status !== 'submitted');
    if (pending.length > 0) {
      const names = await userDisplayNames(
        tx,
        pending.map((s) => s.evaluatorId),
      );
      throw unprocessable('Some evaluators have not submitted their sheets.', 'sheets_pending', {
        pending: pending.map((s) => ({ sheetId: s.id, evaluator: names.get(s.evaluatorId) ?? '—' })),
      });
    }
    const after = await updateEvaluationRow(tx, id, {
      status: 'closed',
      closedAt: c.audit.at,
      closedBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation.close',
      recordType: 'evaluation',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
