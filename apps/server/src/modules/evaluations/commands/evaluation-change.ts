import type { Executor } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, versionConflict } from '../../../platform/errors/problem';
import {
  lockEvaluation,
  updateEvaluationRow,
  type EvaluationRow,
  type NewEvaluationRow,
} from '../evaluations.repository';
import type { EvaluationCommandContext } from './context';

/** Locks an evaluation for a change: unknown → 404, then `authorise` (403), then the version read (409). */
export async function lockForChange(
  tx: Executor,
  id: string,
  version: number,
  authorise: (row: EvaluationRow) => void,
): Promise<EvaluationRow> {
  const before = await lockEvaluation(tx, id);
  if (!before) throw notFound('No such evaluation.');
  authorise(before);
  if (before.version !== version) throw versionConflict();
  return before;
}

/** Writes the change with the next version and audits it (`audited` replaces the before/after shown in history). */
export async function applyChange(
  tx: Executor,
  c: EvaluationCommandContext,
  before: EvaluationRow,
  action: string,
  set: Partial<NewEvaluationRow>,
  audited?: { before: object; after: object },
): Promise<EvaluationRow> {
  const after = await updateEvaluationRow(tx, before.id, {
    ...set,
    updatedAt: c.audit.at,
    updatedBy: c.actor.userId,
    version: before.version + 1,
  });
  await recordAudit(tx, c.audit, {
    action,
    recordType: 'evaluation',
    recordId: before.id,
    before: audited ? audited.before : before,
    after: audited ? audited.after : after,
  });
  return after;
}

/** Settings and the panel change only while the evaluation is a draft → 409 otherwise. */
export function requireDraft(row: EvaluationRow): void {
  if (row.status !== 'draft') {
    throw conflict('Only a draft evaluation can be changed.', 'evaluation_not_draft', { status: row.status });
  }
}
