import type { StageCondition } from '@thirdline/shared/workflow/workflow.schemas';
import type { ApprovalContext } from './workflow.table';

/**
 * Whether a stage with this condition applies to an approval's context. A missing context field never matches
 * (a stage "when amount ≥ 500000" is skipped when no amount is known) — except that there is no condition at all.
 */
export function conditionHolds(condition: StageCondition | undefined, context: ApprovalContext): boolean {
  if (!condition) return true;
  const actual = context[condition.field];
  if (actual === undefined || actual === null) return false;
  const { op, value } = condition;
  if (op === 'in') return (Array.isArray(value) ? value : [value]).some((v) => String(v) === String(actual));
  if (Array.isArray(value)) return false;
  if (op === 'eq') return String(actual) === String(value);
  const a = Number(actual);
  const b = Number(value);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return op === 'gte' ? a >= b : a <= b;
}
