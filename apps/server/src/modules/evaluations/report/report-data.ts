import type { EvaluationResultsResponse, PanelMember } from '@thirdline/shared/evaluations/evaluations.schemas';
import type { Executor } from '../../../db/client';
import { evaluationResults } from '../evaluation-results';
import type { EvaluationRow } from '../evaluations.repository';
import { presentPanel } from '../evaluations.presenter';

/** Everything the report shows (R4.2): ranking, notes, recommendation, radar data, the panel and its declarations. */
export interface ReportData {
  evaluation: EvaluationRow;
  results: EvaluationResultsResponse;
  panel: PanelMember[];
  vendorName: (vendorId: string) => string;
  criterionName: (criterionId: string) => string;
}

export async function reportData(db: Executor, evaluation: EvaluationRow): Promise<ReportData> {
  const [results, panel] = await Promise.all([evaluationResults(db, evaluation), presentPanel(db, evaluation)]);
  const vendors = new Map(results.vendors.map((v) => [v.vendorId, v.name]));
  const criteria = new Map(evaluation.criteria.map((c) => [c.id, c.name]));
  return {
    evaluation,
    results,
    panel: panel.members,
    vendorName: (id) => vendors.get(id) ?? '—',
    criterionName: (id) => criteria.get(id) ?? id,
  };
}

export const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  scoring: '评分中',
  closed: '评分已结束',
  'in-approval': '审批中',
  approved: '已批准',
};

export const rankLabel = (v: { rank: number; tied: boolean }) => (v.tied ? `${v.rank}（并列）` : String(v.rank));
