import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { GRADES, SCALES, VENDOR_ACTION_KINDS } from './grades';

/**
 * Annual re-evaluation campaigns (R4.4): a set of vendors, a template, evaluators (each vendor's relationship
 * manager plus chosen users), a due date. Each evaluator fills one score sheet per vendor; closing the campaign
 * fixes every vendor's score (mean of the submitted sheets' weighted totals) and grade (configurable bands).
 */
export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export const SELECTION_MODES = ['all-approved', 'tier', 'category', 'vendors'] as const;
const listCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use a lower-case letter, then letters, digits or _.');
const bound = z.number().min(0).max(100);

export const campaignSelectionSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('all-approved') }),
  z.strictObject({ mode: z.literal('tier'), tiers: z.array(listCode).min(1).max(20) }),
  z.strictObject({ mode: z.literal('category'), categories: z.array(listCode).min(1).max(20) }),
  z.strictObject({ mode: z.literal('vendors'), vendorIds: z.array(z.uuid()).min(1).max(5000) }),
]);
export type CampaignSelection = z.infer<typeof campaignSelectionSchema>;

export const gradeBandsSchema = z
  .strictObject({ A: bound, B: bound, C: bound })
  .refine((b) => b.A > b.B && b.B > b.C, { message: 'Bands must fall from A to C.' });

export const createCampaignSchema = z.strictObject({
  name: plainText(1, 200),
  /** The year evaluated (the trend chart's axis). */
  year: z.number().int().min(2000).max(2100),
  selection: campaignSelectionSchema,
  /** An evaluation template; the seeded re-evaluation default when absent. */
  templateId: z.uuid().nullable().optional(),
  /** Users who score every vendor, besides each vendor's relationship manager. */
  evaluatorIds: z.array(z.uuid()).max(50).default([]),
  /** Due date of the score sheets; not before today. */
  dueDate: z.iso.date(),
  bands: gradeBandsSchema.optional(),
});
export type CreateCampaignRequest = z.input<typeof createCampaignSchema>;

export const closeCampaignSchema = z.strictObject({ version: z.number().int().min(1) });
export const campaignIdParamsSchema = z.strictObject({ id: z.uuid() });
export const sheetParamsSchema = z.strictObject({ id: z.uuid(), sheetId: z.uuid() });

export const criterionSchema = z.object({
  id: z.string(),
  dimension: z.string(),
  name: z.string(),
  weight: z.number(),
});
export type CampaignCriterion = z.infer<typeof criterionSchema>;

const person = z.object({ id: z.uuid(), displayName: z.string() });
export const CAMPAIGN_PERMISSIONS = ['read', 'manage', 'close'] as const;

export const campaignSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  name: z.string(),
  year: z.number().int(),
  status: campaignStatusSchema,
  selection: campaignSelectionSchema,
  template: z.object({ id: z.string(), name: z.string(), version: z.number().int() }),
  scale: z.enum(SCALES),
  criteria: z.array(criterionSchema),
  bands: z.object({ A: z.number(), B: z.number(), C: z.number() }),
  evaluators: z.array(person),
  dueDate: z.iso.date(),
  overdue: z.boolean(),
  progress: z.object({ vendors: z.number().int(), sheetsSubmitted: z.number().int(), sheetsTotal: z.number().int() }),
  closedAt: z.iso.datetime().nullable(),
  createdBy: person,
  createdAt: z.iso.datetime(),
  version: z.number().int(),
  permissions: z.array(z.enum(CAMPAIGN_PERMISSIONS)),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignListQuerySchema = listQuerySchema(['createdAt', 'dueDate', 'year', 'reference']).extend({
  status: campaignStatusSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const campaignPageSchema = pageSchema(campaignSchema);

/** One vendor's row in the progress view. `score`/`grade` are live until closing, fixed after. */
export const campaignVendorSchema = z.object({
  vendor: z.object({ id: z.uuid(), name: z.string(), reference: z.string(), tier: z.string() }),
  sheetsSubmitted: z.number().int(),
  sheetsTotal: z.number().int(),
  score: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
  suggestedActions: z.array(z.enum(VENDOR_ACTION_KINDS)),
});
export const campaignVendorQuerySchema = listQuerySchema(['name', 'score']).extend({
  grade: z.enum(GRADES).optional(),
});
export const campaignVendorPageSchema = pageSchema(campaignVendorSchema);

export const SHEET_STATUSES = ['pending', 'submitted'] as const;
const scoreMap = z.record(z.string().max(60), z.number().min(0).max(100));
export const sheetSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  evaluator: person,
  status: z.enum(SHEET_STATUSES),
  scores: scoreMap,
  comments: z.record(z.string(), z.string()),
  total: z.number().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
  permissions: z.array(z.enum(['read', 'score'])),
});
export type Sheet = z.infer<typeof sheetSchema>;
export const sheetListQuerySchema = listQuerySchema(['vendor']).extend({
  /** Only the caller's own sheets (the evaluator's to-do list). */
  mine: z.enum(['true', 'false']).optional(),
  status: z.enum(SHEET_STATUSES).optional(),
});
export const sheetPageSchema = pageSchema(sheetSchema);

export const saveSheetSchema = z.strictObject({
  version: z.number().int().min(1),
  scores: scoreMap,
  comments: z.record(z.string().max(60), plainText(0, 2000)).default({}),
  /** Submit (lock) the sheet: every criterion must then be scored. */
  submit: z.boolean().default(false),
});
export type SaveSheetRequest = z.input<typeof saveSheetSchema>;

/** A vendor's grade per campaign, for the trend chart on the vendor page. */
export const vendorGradeSchema = z.object({
  campaignId: z.uuid(),
  campaignName: z.string(),
  year: z.number().int(),
  score: z.number(),
  grade: z.enum(GRADES),
  closedAt: z.iso.datetime(),
});
export const vendorGradesSchema = z.object({ items: z.array(vendorGradeSchema) });
export const vendorIdParamsSchema = z.strictObject({ id: z.uuid() });
