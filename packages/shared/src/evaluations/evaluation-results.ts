/**
 * Results of a closed panel evaluation (R4.2): per vendor the weighted total, per-criterion statistics, dimension
 * scores for the radar chart, grade and rank (ties shown as ties), and the outlier flags. Pure; see scoring.ts.
 */
import type { EvaluationScale } from './evaluation-templates.schemas';
import {
  DEFAULT_GRADE_BANDS,
  gradeFor,
  priceScores,
  rank,
  round2,
  scaleBounds,
  stats,
  type Grade,
  type GradeBands,
  type ScoringCriterion,
  type Stats,
} from './scoring';

export interface ScoreEntry {
  evaluatorId: string;
  vendorId: string;
  criterionId: string;
  score: number;
}

export interface ResultsInput {
  scale: EvaluationScale;
  criteria: readonly ScoringCriterion[];
  vendors: readonly { id: string; price: number | null }[];
  /** The scores of submitted sheets only (conflicted evaluators never have scores for their vendors). */
  scores: readonly ScoreEntry[];
  /** An evaluator deviating from the panel median by more than this many scale points is flagged. */
  outlierThreshold: number;
  bands?: GradeBands;
}

export interface CriterionResult extends Stats {
  criterionId: string;
  /** The score the total uses: the panel mean, or the price score for the price criterion. */
  score: number | null;
}

export interface VendorResult {
  vendorId: string;
  total: number;
  rank: number;
  tied: boolean;
  grade: Grade;
  priceScore: number | null;
  /** Dimension scores normalised to 0–100 (the radar chart). */
  dimensions: { dimension: string; score: number }[];
  criteria: CriterionResult[];
}

export interface OutlierFlag {
  vendorId: string;
  criterionId: string;
  evaluatorId: string;
  score: number;
  median: number;
  deviation: number;
}

export interface EvaluationResults {
  vendors: VendorResult[];
  outliers: OutlierFlag[];
}

/** The default outlier threshold: a fifth of full marks (20 points on 0–100, 1 point on 1–5). */
export const defaultOutlierThreshold = (scale: EvaluationScale) => scaleBounds(scale).max / 5;

/** The scores of one vendor on one criterion: `scores[i]` was given by `evaluatorIds[i]`. */
export interface ScoreCell {
  evaluatorIds: readonly string[];
  scores: readonly number[];
}

/** Cells keyed `vendorId|criterionId` (see `cellKey`). */
export type ScoreCells = ReadonlyMap<string, ScoreCell>;

export const cellKey = (vendorId: string, criterionId: string) => `${vendorId}|${criterionId}`;

export function computeResults(input: ResultsInput): EvaluationResults {
  const byCell = new Map<string, { evaluatorIds: string[]; scores: number[] }>();
  for (const s of input.scores) {
    const key = cellKey(s.vendorId, s.criterionId);
    let cell = byCell.get(key);
    if (!cell) byCell.set(key, (cell = { evaluatorIds: [], scores: [] }));
    cell.evaluatorIds.push(s.evaluatorId);
    cell.scores.push(s.score);
  }
  return computeResultsFromCells({ ...input, cells: byCell });
}

/**
 * `computeResults` over scores already grouped per vendor and criterion (as the server reads them): no object per
 * score is made, which is most of the work with 12,000 scores.
 */
export function computeResultsFromCells(
  input: Omit<ResultsInput, 'scores'> & { cells: ScoreCells },
): EvaluationResults {
  const { max } = scaleBounds(input.scale);
  const byCell = input.cells;
  const prices = priceScores(new Map(input.vendors.map((v) => [v.id, v.price])), max);
  const dimensions = [...new Set(input.criteria.map((c) => c.dimension))];
  const flags: OutlierFlag[] = [];

  const unranked = input.vendors.map((vendor) => {
    const priceScore = prices.get(vendor.id) ?? null;
    const criteria: CriterionResult[] = input.criteria.map((c) => {
      const cell = byCell.get(cellKey(vendor.id, c.id));
      const s = stats(cell?.scores ?? []);
      if (cell && !c.priceCriterion && s.median !== null) {
        for (const [i, score] of cell.scores.entries()) {
          const deviation = round2(score - s.median);
          if (Math.abs(deviation) > input.outlierThreshold + 1e-9) {
            const evaluatorId = cell.evaluatorIds[i] as string;
            flags.push({ vendorId: vendor.id, criterionId: c.id, evaluatorId, score, median: s.median, deviation });
          }
        }
      }
      return { criterionId: c.id, ...s, score: c.priceCriterion ? priceScore : s.mean };
    });
    const scoreOf = new Map(criteria.map((r) => [r.criterionId, r.score ?? 0]));
    let total = 0;
    const dimWeighted = new Map<string, { points: number; weight: number }>();
    for (const c of input.criteria) {
      const points = (c.weight * (scoreOf.get(c.id) ?? 0)) / max;
      total += points;
      const d = dimWeighted.get(c.dimension) ?? { points: 0, weight: 0 };
      d.points += points;
      d.weight += c.weight;
      dimWeighted.set(c.dimension, d);
    }
    return {
      vendorId: vendor.id,
      total: round2(total),
      priceScore,
      dimensions: dimensions.map((dimension) => {
        const d = dimWeighted.get(dimension) ?? { points: 0, weight: 1 };
        return { dimension, score: round2((d.points / d.weight) * 100) };
      }),
      criteria,
    };
  });

  const bands = input.bands ?? DEFAULT_GRADE_BANDS;
  const vendors = rank(unranked, (v) => v.total).map(({ item, rank: r, tied }) => ({
    ...item,
    rank: r,
    tied,
    grade: gradeFor(item.total, bands),
  }));
  return { vendors, outliers: flags };
}
