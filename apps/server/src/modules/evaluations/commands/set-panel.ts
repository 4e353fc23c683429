import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import {
  badRequest,
  conflict,
  notFound,
  unprocessable,
  versionConflict,
  type FieldError,
} from '../../../platform/errors/problem';
import { activeUsersWithDepartments } from '../../org';
import {
  evaluationVendorsOf,
  lockEvaluation,
  updateEvaluationRow,
  type EvaluationRow,
} from '../evaluations.repository';
import { requireManage } from '../evaluations.policy';
import { deleteSheets, insertSheets, sheetsOf, type SheetRow } from '../sheets.repository';
import type { EvaluationCommandContext } from './context';

/** The panel must come from at least the evaluation's minimum number of departments (R4.2) → 422 otherwise. */
export function requirePanelDepartments(row: EvaluationRow, sheets: readonly Pick<SheetRow, 'departmentId'>[]) {
  const departments = new Set(sheets.map((s) => s.departmentId).filter((d): d is string => d !== null)).size;
  if (departments < row.minPanelDepartments) {
    throw unprocessable(
      `The panel must come from at least ${row.minPanelDepartments} departments; it comes from ${departments}.`,
      'panel_departments',
      { departments, minimum: row.minPanelDepartments },
    );
  }
}

/**
 * Sets the panel of a draft evaluation: one score sheet per evaluator (members who stay keep their sheet and
 * declaration). Evaluators are active users who may take part in evaluations.
 */
export async function setPanel(
  c: EvaluationCommandContext,
  id: string,
  input: { version: number; evaluatorIds: string[] },
): Promise<EvaluationRow> {
  const ids = [...new Set(input.evaluatorIds)];
  const people = await activeUsersWithDepartments(c.db, ids);
  const errors: FieldError[] = [];
  input.evaluatorIds.forEach((userId, i) => {
    const person = people.get(userId);
    if (!person) errors.push({ path: `evaluatorIds.${i}`, message: 'No such active user.' });
    else if (!person.departmentId) errors.push({ path: `evaluatorIds.${i}`, message: 'This user has no department.' });
  });
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

  return c.db.transaction(async (tx) => {
    const before = await lockEvaluation(tx, id);
    if (!before) throw notFound('No such evaluation.');
    requireManage(c.actor, before);
    if (before.version !== input.version) throw versionConflict();
    if (before.status !== 'draft') {
      throw conflict('The panel can only change while the evaluation is a draft.', 'evaluation_not_draft', {
        status: before.status,
      });
    }
    const proposed = ids.map((userId) => ({ departmentId: people.get(userId)?.departmentId ?? null }));
    requirePanelDepartments(before, proposed);
    const current = await sheetsOf(tx, id);
    const keep = new Set(ids);
    await deleteSheets(
      tx,
      current.filter((s) => !keep.has(s.evaluatorId)).map((s) => s.id),
    );
    const existing = new Set(current.map((s) => s.evaluatorId));
    const now = c.audit.at;
    await insertSheets(
      tx,
      ids
        .filter((userId) => !existing.has(userId))
        .map((userId) => ({
          id: uuidv7(),
          evaluationId: id,
          evaluatorId: userId,
          departmentId: people.get(userId)?.departmentId ?? null,
          status: 'draft',
          createdAt: now,
          createdBy: c.actor.userId,
          updatedAt: now,
          updatedBy: c.actor.userId,
        })),
    );
    const after = await updateEvaluationRow(tx, id, {
      updatedAt: now,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation.set-panel',
      recordType: 'evaluation',
      recordId: id,
      before: { panel: current.map((s) => s.evaluatorId) },
      after: { panel: ids },
    });
    return after;
  });
}

/** Opens scoring: the panel is complete (department rule) and there is at least one vendor. */
export async function startScoring(
  c: EvaluationCommandContext,
  id: string,
  input: { version: number },
): Promise<EvaluationRow> {
  return c.db.transaction(async (tx) => {
    const before = await lockEvaluation(tx, id);
    if (!before) throw notFound('No such evaluation.');
    requireManage(c.actor, before);
    if (before.version !== input.version) throw versionConflict();
    if (before.status !== 'draft') {
      throw conflict('Scoring has already started.', 'illegal_transition', { status: before.status, allowedNext: [] });
    }
    requirePanelDepartments(before, await sheetsOf(tx, id));
    if ((await evaluationVendorsOf(tx, id)).length === 0) {
      throw unprocessable('The evaluation has no vendors.', 'no_vendors');
    }
    const after = await updateEvaluationRow(tx, id, {
      status: 'scoring',
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation.start-scoring',
      recordType: 'evaluation',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
