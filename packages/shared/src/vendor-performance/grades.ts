import type { Grade } from '../evaluations/scoring';

// Grades, bands, scales and weighted totals are the evaluations' scoring: one definition for panels and re-evaluations.
export { DEFAULT_GRADE_BANDS, gradeFor, scaleBounds, weightedTotal } from '../evaluations/scoring';
export type { Grade, GradeBands } from '../evaluations/scoring';
export { EVALUATION_SCALES as SCALES } from '../evaluations/evaluation-templates.schemas';
export type { EvaluationScale as Scale } from '../evaluations/evaluation-templates.schemas';

/**
 * Annual re-evaluation grades (R4.4) and the actions they suggest (R4.5). Pure functions shared by the server
 * (closing a campaign) and the web app (showing what a grade means).
 */
export const GRADES = ['A', 'B', 'C', 'D'] as const;

export const VENDOR_ACTION_KINDS = [
  'commendation',
  'more-business',
  'rectification',
  'fee-deduction',
  'suspension',
  'termination-recommendation',
] as const;
export type VendorActionKind = (typeof VENDOR_ACTION_KINDS)[number];

/**
 * What a grade suggests (O3.3, M6.4: 对服务质量优秀的第三方给予表彰、增加合作项目；不达标的扣除费用、暂停合作或终止合作).
 * A suggestion only: every action is still raised by a person and approved.
 */
export const SUGGESTED_ACTIONS: Readonly<Record<Grade, readonly VendorActionKind[]>> = {
  A: ['commendation', 'more-business'],
  B: [],
  C: ['rectification'],
  D: ['rectification', 'fee-deduction', 'suspension', 'termination-recommendation'],
};

export function suggestedActionsFor(grade: Grade | null): VendorActionKind[] {
  return grade ? [...SUGGESTED_ACTIONS[grade]] : [];
}
