import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { evaluationScaleSchema, templateCriterionSchema } from './evaluation-templates.schemas';

/**
 * Panel evaluations of candidate vendors (R4.1–R4.3, R10.2). Status: draft (vendors and panel set up) → scoring
 * (independent score sheets) → closed (the chair closed scoring; results visible) → in-approval (recommendation
 * with management) → approved; a rejected or withdrawn recommendation goes back to closed.
 */
export const EVALUATION_STATUSES = ['draft', 'scoring', 'closed', 'in-approval', 'approved'] as const;
export const evaluationStatusSchema = z.enum(EVALUATION_STATUSES);
export type EvaluationStatus = z.infer<typeof evaluationStatusSchema>;

export const EVALUATION_PERMISSIONS = [
  'read',
  'edit',
  'start',
  'close',
  'reopen-sheets',
  'recommend',
  'declare',
  'score',
  'read-results',
] as const;

export const DEFAULT_MIN_PANEL_DEPARTMENTS = 2;

const price = z
  .string()
  .regex(/^\d{1,16}(\.\d{1,2})?$/, 'Must be a non-negative amount with at most two decimals, e.g. "1000000.00".');
const currency = z.string().regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 currency code such as CNY.');

export const evaluationVendorInputSchema = z.strictObject({
  vendorId: z.uuid(),
  /** The vendor's offered price (used by a price criterion). */
  price: price.nullable().optional(),
  currency: currency.optional(),
});

const settings = {
  title: plainText(1, 200),
  description: plainText(0, 4000).optional(),
  vendors: z.array(evaluationVendorInputSchema).min(1).max(50),
  /** The panel chair: closes scoring, reopens sheets. Defaults to the creator. */
  chairId: z.uuid().optional(),
  /** Fewest distinct departments the panel must come from (default 2). */
  minPanelDepartments: z.number().int().min(1).max(20).optional(),
  /** Scale points from the panel median beyond which a score is flagged (default a fifth of full marks). */
  outlierThreshold: z.number().min(0).max(100).optional(),
};

export const createEvaluationSchema = z.strictObject({
  ...settings,
  templateId: z.uuid(),
  /** The template version to use; the current one when omitted. */
  templateVersion: z.number().int().min(1).optional(),
  sourcingRequestId: z.uuid().nullable().optional(),
});
export type CreateEvaluationRequest = z.infer<typeof createEvaluationSchema>;

/** Settings may change while the evaluation is a draft. */
export const updateEvaluationSchema = z.strictObject({
  version: z.number().int().min(1),
  title: settings.title.optional(),
  description: settings.description,
  vendors: settings.vendors.optional(),
  chairId: settings.chairId,
  minPanelDepartments: settings.minPanelDepartments,
  outlierThreshold: settings.outlierThreshold,
});
export type UpdateEvaluationRequest = z.infer<typeof updateEvaluationSchema>;

export const versionBodySchema = z.strictObject({ version: z.number().int().min(1) });

export const setPanelSchema = z.strictObject({
  version: z.number().int().min(1),
  evaluatorIds: z.array(z.uuid()).min(1).max(50),
});

export const declarationSchema = z.strictObject({
  /** The vendors the evaluator has a conflict of interest with (empty: none). */
  conflicts: z
    .array(z.strictObject({ vendorId: z.uuid(), reason: plainText(1, 1000) }))
    .max(50)
    .default([]),
});

export const scoreInputSchema = z.strictObject({
  vendorId: z.uuid(),
  criterionId: z.string().min(1).max(100),
  score: z.number(),
  comment: plainText(0, 2000).optional(),
});

export const saveScoresSchema = z.strictObject({
  version: z.number().int().min(1),
  scores: z.array(scoreInputSchema).min(1).max(2000),
});
export type SaveScoresRequest = z.infer<typeof saveScoresSchema>;

export const reopenSheetSchema = z.strictObject({ reason: plainText(1, 1000) });

export const vendorNotesSchema = z.strictObject({
  strengths: plainText(0, 4000),
  weaknesses: plainText(0, 4000),
});

export const recommendationSchema = z.strictObject({
  version: z.number().int().min(1),
  vendorId: z.uuid(),
  reason: plainText(1, 4000),
});

export const evaluationIdParamsSchema = z.strictObject({ id: z.uuid() });
export const sheetParamsSchema = z.strictObject({ id: z.uuid(), sheetId: z.uuid() });
export const evaluationVendorParamsSchema = z.strictObject({ id: z.uuid(), vendorId: z.uuid() });
export const reportQuerySchema = z.strictObject({ format: z.enum(['pdf', 'xlsx']).default('pdf') });

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const evaluationSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  status: evaluationStatusSchema,
  sourcingRequestId: z.uuid().nullable(),
  template: z.object({ id: z.uuid(), name: z.string(), version: z.number().int() }),
  scale: evaluationScaleSchema,
  criteria: z.array(templateCriterionSchema),
  vendors: z.array(
    z.object({
      vendorId: z.uuid(),
      name: z.string(),
      price: z.string().nullable(),
      currency: z.string(),
      strengths: z.string().nullable(),
      weaknesses: z.string().nullable(),
    }),
  ),
  chair: person,
  departmentId: z.uuid().nullable(),
  minPanelDepartments: z.number().int(),
  outlierThreshold: z.number(),
  closedAt: z.iso.datetime().nullable(),
  recommendation: z
    .object({ vendorId: z.uuid(), reason: z.string(), at: z.iso.datetime(), approvalId: z.uuid().nullable() })
    .nullable(),
  approvedAt: z.iso.datetime().nullable(),
  /** The caller's own score sheet on this evaluation, if they sit on the panel. */
  mySheetId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  permissions: z.array(z.enum(EVALUATION_PERMISSIONS)),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluationListQuerySchema = listQuerySchema(['createdAt', 'reference', 'title']).extend({
  status: evaluationStatusSchema.optional(),
  sourcingRequestId: z.uuid().optional(),
  /** Only evaluations the caller sits on the panel of. */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type EvaluationListQuery = z.infer<typeof evaluationListQuerySchema>;
export const evaluationPageSchema = pageSchema(evaluationSchema);

export const SHEET_STATUSES = ['draft', 'submitted'] as const;

export const panelMemberSchema = z.object({
  sheetId: z.uuid(),
  evaluator: person,
  department: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  declaredAt: z.iso.datetime().nullable(),
  conflicts: z.array(z.object({ vendorId: z.uuid(), reason: z.string() })),
  sheetStatus: z.enum(SHEET_STATUSES),
  submittedAt: z.iso.datetime().nullable(),
  /** Scores entered so far and how many the sheet needs (progress; never the scores themselves). */
  scored: z.number().int(),
  required: z.number().int(),
});
export const panelSchema = z.object({ departments: z.number().int(), members: z.array(panelMemberSchema) });
export type PanelMember = z.infer<typeof panelMemberSchema>;

export const scoreSheetSchema = z.object({
  id: z.uuid(),
  evaluationId: z.uuid(),
  evaluator: person,
  status: z.enum(SHEET_STATUSES),
  declaredAt: z.iso.datetime().nullable(),
  conflicts: z.array(z.object({ vendorId: z.uuid(), reason: z.string() })),
  submittedAt: z.iso.datetime().nullable(),
  reopenReason: z.string().nullable(),
  scores: z.array(
    z.object({ vendorId: z.uuid(), criterionId: z.string(), score: z.number(), comment: z.string().nullable() }),
  ),
  version: z.number().int(),
  permissions: z.array(z.enum(['read', 'score', 'submit', 'reopen'])),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;
export const scoreSheetListSchema = z.object({ items: z.array(scoreSheetSchema) });

const statsShape = {
  count: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  spread: z.number().nullable(),
};

export const evaluationResultsSchema = z.object({
  evaluationId: z.uuid(),
  scale: evaluationScaleSchema,
  outlierThreshold: z.number(),
  vendors: z.array(
    z.object({
      vendorId: z.uuid(),
      name: z.string(),
      price: z.string().nullable(),
      total: z.number(),
      rank: z.number().int(),
      tied: z.boolean(),
      grade: z.enum(['A', 'B', 'C', 'D']),
      priceScore: z.number().nullable(),
      dimensions: z.array(z.object({ dimension: z.string(), score: z.number() })),
      criteria: z.array(z.object({ criterionId: z.string(), score: z.number().nullable(), ...statsShape })),
      strengths: z.string(),
      weaknesses: z.string(),
    }),
  ),
  outliers: z.array(
    z.object({
      vendorId: z.uuid(),
      criterionId: z.string(),
      evaluator: person,
      score: z.number(),
      median: z.number(),
      deviation: z.number(),
    }),
  ),
});
export type EvaluationResultsResponse = z.infer<typeof evaluationResultsSchema>;
