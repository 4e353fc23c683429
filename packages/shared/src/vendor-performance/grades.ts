/**
 * Annual re-evaluation grades (R4.4) and the actions they suggest (R4.5). Pure functions shared by the server
 * (closing a campaign) and the web app (showing what a grade means).
 */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Lower bounds (inclusive, on a 0–100 scale) of grades A, B and C; anything below C's bound is D. */
export interface GradeBands {
  A: number;
  B: number;
  C: number;
}

export const DEFAULT_GRADE_BANDS: GradeBands = { A: 90, B: 75, C: 60 };

/** The grade of a 0–100 score under the bands. */
export function gradeFor(score: number, bands: GradeBands = DEFAULT_GRADE_BANDS): Grade {
  if (score >= bands.A) return 'A';
  if (score >= bands.B) return 'B';
  if (score >= bands.C) return 'C';
  return 'D';
}

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

/** Rounds to two decimals (scores are shown and stored with two). */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export const SCALES = ['0-100', '1-5'] as const;
export type Scale = (typeof SCALES)[number];
export const SCALE_RANGE: Readonly<Record<Scale, { min: number; max: number }>> = {
  '0-100': { min: 0, max: 100 },
  '1-5': { min: 1, max: 5 },
};

/**
 * A sheet's weighted total on 0–100: each criterion's score as a share of the scale's maximum, weighted (weights sum
 * to 100). Unscored criteria count as 0 (a submitted sheet has them all).
 */
export function sheetTotal(
  criteria: readonly { key: string; weight: number }[],
  scores: Readonly<Record<string, number>>,
  scale: Scale,
): number {
  const { max } = SCALE_RANGE[scale];
  return round2(criteria.reduce((sum, c) => sum + ((scores[c.key] ?? 0) / max) * c.weight, 0));
}
