/**
 * Pure scoring of weighted panel evaluations (R4.1, R4.2, R10.2) and re-evaluations (R4.4). No I/O: the server
 * computes results with these, the web app can preview with them, and the benches time them.
 *
 * Scores are on the template's scale (0–100, or 1–5). Every total is normalised to 0–100:
 * total = Σ weight × score / fullMarks over the criteria (weights sum to 100), so a grade band means the same on
 * either scale.
 */
import type { EvaluationScale } from './evaluation-templates.schemas';

export interface ScoringCriterion {
  id: string;
  dimension: string;
  weight: number;
  priceCriterion?: boolean;
}

export const scaleBounds = (scale: EvaluationScale) => (scale === '1-5' ? { min: 1, max: 5 } : { min: 0, max: 100 });

export const isOnScale = (scale: EvaluationScale, score: number) => {
  const { min, max } = scaleBounds(scale);
  if (!Number.isFinite(score) || score < min || score > max) return false;
  // Scores have at most two decimals (a 1–5 scale takes halves, 0–100 takes 87.5).
  return Math.abs(Math.round(score * 100) - score * 100) < 1e-6;
};

export const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/** Weighted total on 0–100 of one set of criterion scores; a criterion without a score counts 0. */
export function weightedTotal(
  criteria: readonly ScoringCriterion[],
  scores: ReadonlyMap<string, number> | Record<string, number | undefined>,
  scale: EvaluationScale,
): number {
  const get = (id: string) => (scores instanceof Map ? scores.get(id) : (scores as Record<string, number>)[id]);
  const { max } = scaleBounds(scale);
  let total = 0;
  for (const c of criteria) total += (c.weight * (get(c.id) ?? 0)) / max;
  return round2(total);
}

/**
 * The price criterion (R10.2): the lowest valid price gets full marks, every other `lowest / price × full marks`.
 * A missing, zero or negative price is not valid and scores null (the vendor gets no price points).
 */
export function priceScores(
  prices: ReadonlyMap<string, number | null | undefined>,
  fullMarks: number,
): Map<string, number | null> {
  const valid = [...prices.values()].filter((p): p is number => typeof p === 'number' && Number.isFinite(p) && p > 0);
  const lowest = valid.length > 0 ? Math.min(...valid) : null;
  const out = new Map<string, number | null>();
  for (const [id, price] of prices) {
    out.set(
      id,
      lowest !== null && typeof price === 'number' && price > 0 ? round2((lowest / price) * fullMarks) : null,
    );
  }
  return out;
}

export interface Stats {
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min. */
  spread: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function stats(values: readonly number[]): Stats {
  if (values.length === 0) return { count: 0, mean: null, median: null, min: null, max: null, spread: null };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return {
    count: values.length,
    mean: round2(sum / values.length),
    median: median(values),
    min,
    max,
    spread: round2(max - min),
  };
}

export interface Outlier {
  evaluatorId: string;
  score: number;
  median: number;
  deviation: number;
}

/** Evaluators whose score deviates from the panel median by MORE than `threshold` scale points. */
export function outliers(scores: readonly { evaluatorId: string; score: number }[], threshold: number): Outlier[] {
  const m = median(scores.map((s) => s.score));
  if (m === null) return [];
  return scores
    .map((s) => ({ evaluatorId: s.evaluatorId, score: s.score, median: m, deviation: round2(s.score - m) }))
    .filter((o) => Math.abs(o.deviation) > threshold + 1e-9);
}

export interface Ranked<T> {
  item: T;
  /** Competition ranking: equal totals share a rank (1, 1, 3). */
  rank: number;
  tied: boolean;
}

/** Ranks by total, highest first; totals equal to two decimals are ties and share the rank. */
export function rank<T>(items: readonly T[], totalOf: (item: T) => number): Ranked<T>[] {
  const sorted = items.map((item) => ({ item, total: round2(totalOf(item)) })).sort((a, b) => b.total - a.total);
  const counts = new Map<number, number>();
  for (const s of sorted) counts.set(s.total, (counts.get(s.total) ?? 0) + 1);
  let rankNo = 0;
  let previous: number | null = null;
  return sorted.map((s, i) => {
    if (previous === null || s.total !== previous) rankNo = i + 1;
    previous = s.total;
    return { item: s.item, rank: rankNo, tied: (counts.get(s.total) ?? 0) > 1 };
  });
}

export type Grade = 'A' | 'B' | 'C' | 'D';
export interface GradeBands {
  A: number;
  B: number;
  C: number;
}
export const DEFAULT_GRADE_BANDS: GradeBands = { A: 90, B: 75, C: 60 };

/** A ≥ 90, B ≥ 75, C ≥ 60, D below (bands configurable). */
export function gradeFor(total: number, bands: GradeBands = DEFAULT_GRADE_BANDS): Grade {
  if (total >= bands.A) return 'A';
  if (total >= bands.B) return 'B';
  if (total >= bands.C) return 'C';
  return 'D';
}
