import { RE_EVALUATION_DEFAULT_TEMPLATE } from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import type { CampaignCriterion } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import type { Scale } from '@thirdline/shared/vendor-performance/grades';
import type { Executor } from '../../../db/client';
import { templateVersionFor } from '../../evaluations';

export interface CampaignTemplate {
  id: string;
  name: string;
  version: number;
  scale: Scale;
  criteria: CampaignCriterion[];
}

/**
 * The evaluation template (current version) a campaign uses, copied into it when created; without an id, the
 * seeded `re-evaluation-default` (quality, progress, cost control, satisfaction, 25 each). `undefined` for an
 * unknown template. Price criteria are left out: nobody prices a re-evaluation.
 */
export async function resolveCampaignTemplate(
  db: Executor,
  templateId: string | null | undefined,
): Promise<CampaignTemplate | undefined> {
  const template = await templateVersionFor(db, templateId ?? RE_EVALUATION_DEFAULT_TEMPLATE);
  if (!template) return undefined;
  return {
    id: template.templateId,
    name: template.name,
    version: template.version,
    scale: template.scale,
    criteria: template.criteria
      .filter((c) => !c.priceCriterion)
      .map((c) => ({ id: c.id, dimension: c.dimension, name: c.name, weight: c.weight })),
  };
}
