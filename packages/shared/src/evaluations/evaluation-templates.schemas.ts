import { z } from 'zod';
import { plainText } from '../http/text.schemas';

/**
 * Evaluation templates (R4.1, R10.2): criteria grouped by dimension, each with a weight; the weights of all criteria
 * sum to exactly 100. A template is versioned: editing it makes version n+1, and an evaluation (or a re-evaluation
 * campaign) keeps the version it started with.
 */
export const EVALUATION_SCALES = ['0-100', '1-5'] as const;
export const evaluationScaleSchema = z.enum(EVALUATION_SCALES);
export type EvaluationScale = z.infer<typeof evaluationScaleSchema>;

/** The codes of the templates seeded at start. */
export const SOURCING_DEFAULT_TEMPLATE = 'sourcing-default';
export const RE_EVALUATION_DEFAULT_TEMPLATE = 're-evaluation-default';

export const criterionInputSchema = z.strictObject({
  dimension: plainText(1, 100),
  name: plainText(1, 200),
  /** Percentage points; all criteria of a template sum to exactly 100. */
  weight: z.number().gt(0).max(100).multipleOf(0.01),
  /** Scored from the vendors' prices (lowest / price × full marks), not by the evaluators. */
  priceCriterion: z.boolean().optional(),
  description: plainText(0, 1000).optional(),
});
export type CriterionInput = z.infer<typeof criterionInputSchema>;

/** A descriptor per level of the 1–5 scale ("5 = excellent …"). */
export const levelDescriptorSchema = z.strictObject({
  level: z.number().int().min(1).max(5),
  text: plainText(1, 300),
});

/** Weights are compared in hundredths so 33.33 + 33.33 + 33.34 is exactly 100. */
export const weightHundredths = (criteria: readonly { weight: number }[]) =>
  criteria.reduce((sum, c) => sum + Math.round(c.weight * 100), 0);

const templateBody = {
  name: plainText(1, 200),
  description: plainText(0, 2000).optional(),
  scale: evaluationScaleSchema,
  levelDescriptors: z.array(levelDescriptorSchema).max(5).optional(),
  criteria: z.array(criterionInputSchema).min(1).max(100),
};

/** Template rules zod cannot say per field: weights sum to 100, one price criterion at most, no duplicates. */
function checkCriteria(body: { criteria: CriterionInput[] }, ctx: z.RefinementCtx) {
  if (weightHundredths(body.criteria) !== 10_000) {
    ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'The weights must sum to exactly 100.' });
  }
  if (body.criteria.filter((c) => c.priceCriterion).length > 1) {
    ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'At most one criterion may be the price criterion.' });
  }
  const seen = new Set<string>();
  body.criteria.forEach((c, i) => {
    const key = `${c.dimension}\u0000${c.name}`;
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'name'],
        message: 'This criterion appears more than once.',
      });
    }
    seen.add(key);
  });
}

export const createEvaluationTemplateSchema = z
  .strictObject({
    ...templateBody,
    /** Optional stable code (lower-case letters, digits and hyphens), e.g. `sourcing-default`. */
    code: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,49}$/, 'Lower-case letters, digits and dashes, starting with a letter.')
      .optional(),
  })
  .superRefine(checkCriteria);
export type CreateEvaluationTemplateRequest = z.infer<typeof createEvaluationTemplateSchema>;

/** PUT replaces the content and makes a new version; `version` is the template version the editor read. */
export const updateEvaluationTemplateSchema = z
  .strictObject({ ...templateBody, version: z.number().int().min(1), active: z.boolean().optional() })
  .superRefine(checkCriteria);
export type UpdateEvaluationTemplateRequest = z.infer<typeof updateEvaluationTemplateSchema>;

export const templateCriterionSchema = z.object({
  /** Stable within a template version; scores refer to it. */
  id: z.string(),
  dimension: z.string(),
  name: z.string(),
  weight: z.number(),
  priceCriterion: z.boolean(),
  description: z.string().nullable(),
});
export type TemplateCriterion = z.infer<typeof templateCriterionSchema>;

export const evaluationTemplateSchema = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  scale: evaluationScaleSchema,
  levelDescriptors: z.array(z.object({ level: z.number().int(), text: z.string() })),
  criteria: z.array(templateCriterionSchema),
  /** The template's current version number (1, 2 …). */
  version: z.number().int(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  permissions: z.array(z.enum(['read', 'edit'])),
});
export type EvaluationTemplate = z.infer<typeof evaluationTemplateSchema>;

export const evaluationTemplateIdParamsSchema = z.strictObject({ id: z.uuid() });
export const evaluationTemplateVersionParamsSchema = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(100_000),
});
export const evaluationTemplateListQuerySchema = z.strictObject({
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(200).optional(),
});
export const evaluationTemplateListSchema = z.object({ items: z.array(evaluationTemplateSchema) });
export const evaluationTemplateVersionsSchema = z.object({
  items: z.array(evaluationTemplateSchema.omit({ permissions: true, active: true })),
});

/** The seeded defaults (R4.1 dimensions for selection, R4.4 for the annual re-evaluation). */
export const DEFAULT_TEMPLATES: readonly (CreateEvaluationTemplateRequest & { code: string })[] = [
  {
    code: SOURCING_DEFAULT_TEMPLATE,
    name: '供应商选型评审（默认）',
    scale: '0-100',
    criteria: [
      { dimension: '技术能力', name: '技术能力', weight: 30 },
      { dimension: '服务质量', name: '服务质量', weight: 25 },
      { dimension: '财务状况', name: '财务状况', weight: 15 },
      { dimension: '安全与合规', name: '安全与合规', weight: 15 },
      { dimension: '性价比', name: '性价比', weight: 15 },
    ],
  },
  {
    code: RE_EVALUATION_DEFAULT_TEMPLATE,
    name: '供应商年度再评价（默认）',
    scale: '0-100',
    criteria: [
      { dimension: '质量', name: '质量', weight: 25 },
      { dimension: '进度', name: '进度', weight: 25 },
      { dimension: '成本控制', name: '成本控制', weight: 25 },
      { dimension: '满意度', name: '满意度', weight: 25 },
    ],
  },
];
