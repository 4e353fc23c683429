import type { CampaignCriterion } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import type { Scale } from '@thirdline/shared/vendor-performance/grades';
import type { Executor } from '../../../db/client';

export interface CampaignTemplate {
  id: string;
  name: string;
  version: number;
  scale: Scale;
  criteria: CampaignCriterion[];
}

/** R4.4's default dimensions: quality, progress, cost control, satisfaction, 25 each. */
export const RE_EVALUATION_DEFAULT: CampaignTemplate = {
  id: 're-evaluation-default',
  name: '年度再评价（默认）',
  version: 1,
  scale: '0-100',
  criteria: [
    { key: 'quality', dimension: '质量', name: '服务质量', weight: 25 },
    { key: 'progress', dimension: '进度', name: '交付进度', weight: 25 },
    { key: 'cost', dimension: '成本控制', name: '成本控制', weight: 25 },
    { key: 'satisfaction', dimension: '满意度', name: '用户满意度', weight: 25 },
  ],
};

/**
 * The template a campaign uses, copied into it when created. Without an id: the re-evaluation default.
 * `undefined` for an unknown template.
 */
export async function resolveCampaignTemplate(
  _db: Executor,
  templateId: string | null | undefined,
): Promise<CampaignTemplate | undefined> {
  if (!templateId) return RE_EVALUATION_DEFAULT;
  return undefined;
}
