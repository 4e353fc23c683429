import type { EvaluationResultsResponse } from '@thirdline/shared/evaluations/evaluations.schemas';
import { cellKey, computeResultsFromCells } from '@thirdline/shared/evaluations/evaluation-results';
import type { EvaluationScale } from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import { scaleBounds } from '@thirdline/shared/evaluations/scoring';
import type { Executor } from '../../db/client';
import { userDisplayNames } from '../org';
import { vendorNames } from '../vendors';
import { evaluationVendorsOf, type EvaluationRow } from './evaluations.repository';
import { submittedScoreCells } from './sheets.repository';

/**
 * Strengths and weaknesses drafted from the evaluators' comments (R4.2): criteria the panel scored at 80 % of full
 * marks or more are strengths, at 60 % or less weaknesses; each line names the criterion, its mean and the comments.
 */
function draftNotes(
  row: EvaluationRow,
  vendorId: string,
  criteria: { criterionId: string; score: number | null }[],
  cells: ReadonlyMap<string, { comments: string[] }>,
) {
  const { max } = scaleBounds(row.scale as EvaluationScale);
  const names = new Map(row.criteria.map((c) => [c.id, c.name]));
  const line = (criterionId: string, score: number) => {
    const said = cells.get(cellKey(vendorId, criterionId))?.comments ?? [];
    return `${names.get(criterionId) ?? criterionId}（${score}）${said.length > 0 ? `：${said.join('；')}` : ''}`;
  };
  const strengths: string[] = [];
  const weaknesses: string[] = [];
  for (const c of criteria) {
    if (c.score === null) continue;
    if (c.score >= max * 0.8) strengths.push(line(c.criterionId, c.score));
    else if (c.score <= max * 0.6) weaknesses.push(line(c.criterionId, c.score));
  }
  return { strengths: strengths.join('\n'), weaknesses: weaknesses.join('\n') };
}

/** Results of a closed evaluation from its submitted sheets (call only once scoring is closed). */
export async function evaluationResults(db: Executor, row: EvaluationRow): Promise<EvaluationResultsResponse> {
  const [vendors, cells] = await Promise.all([evaluationVendorsOf(db, row.id), submittedScoreCells(db, row.id)]);
  const byCell = new Map(cells.map((c) => [cellKey(c.vendorId, c.criterionId), c]));
  const results = computeResultsFromCells({
    scale: row.scale as EvaluationScale,
    criteria: row.criteria,
    vendors: vendors.map((v) => ({ id: v.vendorId, price: v.price === null ? null : Number(v.price) })),
    cells: byCell,
    outlierThreshold: row.outlierThreshold,
  });
  const [names, people] = await Promise.all([
    vendorNames(
      db,
      vendors.map((v) => v.vendorId),
    ),
    userDisplayNames(
      db,
      results.outliers.map((o) => o.evaluatorId),
    ),
  ]);
  const byVendor = new Map(vendors.map((v) => [v.vendorId, v]));
  return {
    evaluationId: row.id,
    scale: row.scale as EvaluationScale,
    outlierThreshold: row.outlierThreshold,
    vendors: results.vendors.map((v) => {
      const stored = byVendor.get(v.vendorId);
      const drafted = draftNotes(row, v.vendorId, v.criteria, byCell);
      return {
        ...v,
        name: names.get(v.vendorId) ?? '—',
        price: stored?.price ?? null,
        strengths: stored?.strengths ?? drafted.strengths,
        weaknesses: stored?.weaknesses ?? drafted.weaknesses,
      };
    }),
    outliers: results.outliers.map(({ evaluatorId, ...o }) => ({
      ...o,
      evaluator: { id: evaluatorId, displayName: people.get(evaluatorId) ?? '—' },
    })),
  };
}
