import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { CONTRACT_TYPES } from '../contracts/contract-lifecycle';
import { currencySchema, dateSchema, moneySchema, outsourcingCategorySchema } from '../vendors/vendors.schemas';
import { SOURCING_RISK_LEVELS, SOURCING_STATUSES, SOURCING_URGENCIES } from './sourcing-lifecycle';

/** Sourcing requests (R2.1, R2.2): a department's need, approved through the `procurement` flow, then sourced. */
export const sourcingStatusSchema = z.enum(SOURCING_STATUSES);
export const sourcingUrgencySchema = z.enum(SOURCING_URGENCIES);
export const sourcingRiskLevelSchema = z.enum(SOURCING_RISK_LEVELS);

const optionalText = (max: number) => plainText(0, max).nullable().optional();

const requestFields = {
  title: plainText(1, 200),
  /** The requesting department; the caller's own department when left out. */
  departmentId: z.uuid().optional(),
  background: plainText(1, 10_000),
  goals: plainText(1, 10_000),
  expectedOutcome: plainText(1, 10_000),
  budgetAmount: moneySchema,
  budgetCurrency: currencySchema.default('CNY'),
  otherResources: optionalText(4000),
  functionalNeeds: optionalText(10_000),
  serviceLevelNeeds: optionalText(10_000),
  outsourcingCategory: outsourcingCategorySchema,
  urgency: sourcingUrgencySchema.default('normal'),
  riskLevel: sourcingRiskLevelSchema.default('medium'),
};

export const createSourcingRequestSchema = z.strictObject(requestFields);
export type CreateSourcingRequest = z.infer<typeof createSourcingRequestSchema>;

/** Draft or returned requests only; `version` is the one the caller read (stale → 409). */
export const updateSourcingRequestSchema = z.strictObject({
  version: z.number().int().min(1),
  title: requestFields.title.optional(),
  departmentId: z.uuid().optional(),
  background: requestFields.background.optional(),
  goals: requestFields.goals.optional(),
  expectedOutcome: requestFields.expectedOutcome.optional(),
  budgetAmount: moneySchema.optional(),
  budgetCurrency: currencySchema.optional(),
  otherResources: optionalText(4000),
  functionalNeeds: optionalText(10_000),
  serviceLevelNeeds: optionalText(10_000),
  outsourcingCategory: outsourcingCategorySchema.optional(),
  urgency: sourcingUrgencySchema.optional(),
  riskLevel: sourcingRiskLevelSchema.optional(),
});
export type UpdateSourcingRequest = z.infer<typeof updateSourcingRequestSchema>;

export const submitSourcingRequestSchema = z.strictObject({
  version: z.number().int().min(1),
  comment: optionalText(2000),
});
export type SubmitSourcingRequest = z.infer<typeof submitSourcingRequestSchema>;

/** Moves a request by hand: approved → sourcing, or cancelled (with a reason). The rest follows approvals. */
export const transitionSourcingRequestSchema = z.strictObject({
  version: z.number().int().min(1),
  to: z.enum(['sourcing', 'cancelled']),
  reason: optionalText(2000),
});
export type TransitionSourcingRequest = z.infer<typeof transitionSourcingRequestSchema>;

export const sourcingRequestIdParamsSchema = z.strictObject({ id: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });
const person = z.object({ id: z.uuid(), displayName: z.string() });

export const SOURCING_REQUEST_ACTIONS = [
  'edit',
  'submit',
  'start-sourcing',
  'cancel',
  'edit-spec',
  'confirm',
  'manage-candidates',
  'contract-draft',
] as const;

export const sourcingRequestSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  department: ref,
  background: z.string(),
  goals: z.string(),
  expectedOutcome: z.string(),
  budgetAmount: z.string(),
  budgetCurrency: currencySchema,
  /** Fixed at submission: the reference rate to CNY used, and the CNY equivalent the approval flow compared. */
  budgetRateToCny: z.string().nullable(),
  budgetAmountCny: z.string().nullable(),
  otherResources: z.string().nullable(),
  functionalNeeds: z.string().nullable(),
  serviceLevelNeeds: z.string().nullable(),
  outsourcingCategory: outsourcingCategorySchema,
  urgency: sourcingUrgencySchema,
  riskLevel: sourcingRiskLevelSchema,
  status: sourcingStatusSchema,
  allowedNext: z.array(sourcingStatusSchema),
  approvalId: z.uuid().nullable(),
  awardedVendor: ref.nullable(),
  evaluationId: z.uuid().nullable(),
  awardedAt: z.iso.datetime().nullable(),
  cancelReason: z.string().nullable(),
  requester: person,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  permissions: z.array(z.enum(SOURCING_REQUEST_ACTIONS)),
});
export type SourcingRequest = z.infer<typeof sourcingRequestSchema>;

export const sourcingListQuerySchema = listQuerySchema(['createdAt', 'reference', 'budgetAmount', 'title']).extend({
  status: sourcingStatusSchema.optional(),
  departmentId: z.uuid().optional(),
  outsourcingCategory: outsourcingCategorySchema.optional(),
  urgency: sourcingUrgencySchema.optional(),
  riskLevel: sourcingRiskLevelSchema.optional(),
});
export type SourcingListQuery = z.infer<typeof sourcingListQuerySchema>;
export const sourcingPageSchema = pageSchema(sourcingRequestSchema);

/** A draft contract from an awarded request: what the request cannot tell (type, term, project manager). */
export const contractDraftSchema = z.strictObject({
  type: z.enum(CONTRACT_TYPES).default('outsourcing'),
  startDate: dateSchema,
  endDate: dateSchema,
  projectManagerId: z.uuid().nullable().optional(),
});
export type ContractDraftRequest = z.infer<typeof contractDraftSchema>;
export const contractDraftResponseSchema = z.object({ id: z.uuid(), reference: z.string() });
