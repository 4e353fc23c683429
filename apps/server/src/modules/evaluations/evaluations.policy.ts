import type { EVALUATION_PERMISSIONS } from '@thirdline/shared/evaluations/evaluations.schemas';
import type { Permission } from '@thirdline/shared/rbac/permissions';
import { forbidden, notFound } from '../../platform/errors/problem';
import type { EvaluationRow } from './evaluations.repository';
import type { SheetRow } from './sheets.repository';

export interface EvaluationActor {
  userId: string;
  permissions: ReadonlySet<Permission>;
}

type EvaluationPermission = (typeof EVALUATION_PERMISSIONS)[number];

/** Buyers (evaluations:manage) and everyone who reads sourcing (finance, executives, auditors) see every evaluation. */
export const canReadAllEvaluations = (actor: EvaluationActor) =>
  actor.permissions.has('evaluations:manage') || actor.permissions.has('sourcing:read');

/** Scores are visible to others only once the chair has closed scoring. */
export const scoringClosed = (row: Pick<EvaluationRow, 'status'>) => row.status !== 'draft' && row.status !== 'scoring';

export const isChair = (actor: EvaluationActor, row: EvaluationRow) => row.chairId === actor.userId;

/** Everybody else on the evaluation gets 404: its chair, its creator and its panel, or anyone who reads them all. */
export function canReadEvaluation(actor: EvaluationActor, row: EvaluationRow, mySheet: SheetRow | undefined): boolean {
  return canReadAllEvaluations(actor) || isChair(actor, row) || row.createdBy === actor.userId || !!mySheet;
}

export function requireReadable(
  actor: EvaluationActor,
  row: EvaluationRow | undefined,
  mySheet: SheetRow | undefined,
): EvaluationRow {
  if (!row || !canReadEvaluation(actor, row, mySheet)) throw notFound('No such evaluation.');
  return row;
}

/** An evaluator sees their own sheet; nobody sees another's before the chair closes scoring. */
export function canReadSheet(actor: EvaluationActor, row: EvaluationRow, sheet: SheetRow): boolean {
  return sheet.evaluatorId === actor.userId || scoringClosed(row);
}

const canManage = (actor: EvaluationActor, row: EvaluationRow) =>
  actor.permissions.has('evaluations:manage') || isChair(actor, row);

export function evaluationPermissions(
  actor: EvaluationActor,
  row: EvaluationRow,
  mySheet: SheetRow | undefined,
): EvaluationPermission[] {
  if (!canReadEvaluation(actor, row, mySheet)) return [];
  const out: EvaluationPermission[] = ['read'];
  const manage = canManage(actor, row);
  if (row.status === 'draft' && manage) out.push('edit', 'start');
  if (row.status === 'scoring' && isChair(actor, row)) out.push('close', 'reopen-sheets');
  if (row.status === 'closed' && manage) out.push('recommend');
  const participates = !!mySheet && actor.permissions.has('evaluations:participate');
  if (participates && (row.status === 'draft' || row.status === 'scoring') && mySheet.status === 'draft') {
    out.push('declare');
    if (row.status === 'scoring' && mySheet.declaredAt) out.push('score');
  }
  if (scoringClosed(row)) out.push('read-results');
  return out;
}

/** Settings, panel and starting: a buyer (evaluations:manage) or the chair, while the evaluation is a draft. */
export function requireManage(actor: EvaluationActor, row: EvaluationRow): void {
  if (!canManage(actor, row))
    throw forbidden('Only the panel chair or a buyer may change this evaluation.', 'not_manager');
}

export function requireChair(actor: EvaluationActor, row: EvaluationRow): void {
  if (!isChair(actor, row)) throw forbidden('Only the panel chair may do this.', 'not_chair');
}
