import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { CONTRACT_STATUSES, CONTRACT_TYPES } from './contract-lifecycle';

/**
 * Contract drafting (R5.1, R5.2, R5.8): the clause library with its mandatory rules, the per-contract checklist,
 * versioned standard texts (templates), submission for review and the review rounds.
 */
const contractType = z.enum(CONTRACT_TYPES);
const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const CLAUSE_CATEGORIES = ['core', 'outsourcing', 'critical-function'] as const;
export const CHECKLIST_STATUSES = ['present', 'absent', 'not-applicable'] as const;
export const REVIEWER_KINDS = ['legal', 'finance', 'technical', 'business'] as const;
/** The kinds every review round must have (business is optional). */
export const REQUIRED_REVIEWER_KINDS = ['legal', 'finance', 'technical'] as const;
export const REVIEW_OPINIONS = ['agree', 'agree-with-comments', 'disagree'] as const;
export const REVIEW_ROUND_STATUSES = ['open', 'agreed', 'disagreed'] as const;

export type ClauseCategory = (typeof CLAUSE_CATEGORIES)[number];
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];
export type ReviewOpinion = (typeof REVIEW_OPINIONS)[number];

/** When a clause must be present: for these contract types, or when the contract carries one of the flags. */
export const mandatoryRuleSchema = z.strictObject({
  types: z.array(contractType).max(CONTRACT_TYPES.length),
  material: z.boolean(),
  criticalFunction: z.boolean(),
});
export type MandatoryRule = z.infer<typeof mandatoryRuleSchema>;

// ---- Clause library -------------------------------------------------------------------------------------------

export const clauseSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  category: z.enum(CLAUSE_CATEGORIES),
  titleZh: z.string(),
  titleEn: z.string(),
  textZh: z.string(),
  textEn: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  mandatory: mandatoryRuleSchema,
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  permissions: z.array(z.string()),
});
export type Clause = z.infer<typeof clauseSchema>;

export const clauseCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,59}$/, 'Lower-case letters, digits and dashes, starting with a letter.');

const clauseFields = {
  category: z.enum(CLAUSE_CATEGORIES),
  titleZh: plainText(1, 200),
  titleEn: plainText(1, 200),
  textZh: plainText(0, 5000),
  textEn: plainText(0, 5000),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(10_000),
  mandatory: mandatoryRuleSchema,
};
export const createClauseSchema = z.strictObject({ code: clauseCodeSchema, ...clauseFields });
export type CreateClauseRequest = z.infer<typeof createClauseSchema>;
export const updateClauseSchema = z.strictObject({ version: z.number().int().min(1), ...clauseFields });
export type UpdateClauseRequest = z.infer<typeof updateClauseSchema>;

export const clauseListQuerySchema = z.strictObject({
  active: z.enum(['true', 'false']).optional(),
  category: z.enum(CLAUSE_CATEGORIES).optional(),
});
export const clauseListSchema = z.object({ items: z.array(clauseSchema) });
export const clauseIdParamsSchema = z.strictObject({ clauseId: z.uuid() });

// ---- Checklist ------------------------------------------------------------------------------------------------

export const checklistItemSchema = z.object({
  clauseId: z.uuid(),
  code: z.string(),
  category: z.enum(CLAUSE_CATEGORIES),
  titleZh: z.string(),
  titleEn: z.string(),
  status: z.enum(CHECKLIST_STATUSES),
  /** Where the clause is in the contract text, e.g. "第 5.2 条". */
  reference: z.string().nullable(),
  note: z.string().nullable(),
  /** Computed from the clause's rule and the contract's type and flags. */
  mandatory: z.boolean(),
  /** A mandatory item that is not present: it blocks submission. */
  blocking: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  contractId: z.uuid(),
  version: z.number().int(),
  items: z.array(checklistItemSchema),
  /** Mandatory items that are not present. */
  missing: z.number().int(),
  editable: z.boolean(),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const updateChecklistSchema = z.strictObject({
  version: z.number().int().min(1),
  items: z
    .array(
      z.strictObject({
        clauseId: z.uuid(),
        status: z.enum(CHECKLIST_STATUSES),
        reference: plainText(0, 200).nullable().optional(),
        note: plainText(0, 1000).nullable().optional(),
      }),
    )
    .min(1)
    .max(500),
});
export type UpdateChecklistRequest = z.infer<typeof updateChecklistSchema>;

// ---- Templates ------------------------------------------------------------------------------------------------

export const templateVersionSchema = z.object({
  version: z.number().int(),
  name: z.string(),
  body: z.string(),
  fileId: z.uuid().nullable(),
  changeNote: z.string().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: personRef.nullable(),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

export const contractTemplateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: contractType,
  description: z.string().nullable(),
  active: z.boolean(),
  /** The current version number (n); older versions are kept. */
  version: z.number().int(),
  current: templateVersionSchema,
  updatedAt: z.iso.datetime(),
  permissions: z.array(z.string()),
});
export type ContractTemplate = z.infer<typeof contractTemplateSchema>;

export const contractTemplateDetailSchema = contractTemplateSchema.extend({
  versions: z.array(templateVersionSchema.omit({ body: true })),
});
export type ContractTemplateDetail = z.infer<typeof contractTemplateDetailSchema>;

export const createContractTemplateSchema = z.strictObject({
  name: plainText(1, 200),
  type: contractType,
  description: plainText(0, 1000).nullable().optional(),
  body: plainText(1, 200_000),
});
export type CreateContractTemplateRequest = z.infer<typeof createContractTemplateSchema>;

/** Saving makes version n+1 (`version` is the n the editor read). */
export const updateContractTemplateSchema = createContractTemplateSchema.extend({
  version: z.number().int().min(1),
  active: z.boolean(),
  fileId: z.uuid().nullable().optional(),
  changeNote: plainText(0, 500).nullable().optional(),
});
export type UpdateContractTemplateRequest = z.infer<typeof updateContractTemplateSchema>;

export const templateListQuerySchema = listQuerySchema(['name', 'updatedAt']).extend({
  type: contractType.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export const templatePageSchema = pageSchema(contractTemplateSchema);
export const templateIdParamsSchema = z.strictObject({ templateId: z.uuid() });
export const templateVersionParamsSchema = z.strictObject({
  templateId: z.uuid(),
  version: z.coerce.number().int().min(1).max(100_000),
});

// ---- Submission and review ------------------------------------------------------------------------------------

export const submitContractSchema = z
  .strictObject({
    version: z.number().int().min(1),
    reviewers: z
      .array(z.strictObject({ userId: z.uuid(), kind: z.enum(REVIEWER_KINDS) }))
      .min(1)
      .max(REVIEWER_KINDS.length),
    comment: plainText(0, 1000).nullable().optional(),
  })
  .superRefine((body, ctx) => {
    const kinds = body.reviewers.map((r) => r.kind);
    kinds.forEach((kind, i) => {
      if (kinds.indexOf(kind) !== i) {
        ctx.addIssue({ code: 'custom', path: ['reviewers', i, 'kind'], message: 'Repeated.' });
      }
    });
    for (const kind of REQUIRED_REVIEWER_KINDS) {
      if (!kinds.includes(kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewers'],
          message: 'Needs a legal, a finance and a technical reviewer.',
        });
      }
    }
  });
export type SubmitContractRequest = z.infer<typeof submitContractSchema>;

export const missingClauseSchema = z.object({ code: z.string(), title: z.string() });

export const reviewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(REVIEWER_KINDS),
  reviewer: personRef,
  opinion: z.enum(REVIEW_OPINIONS).nullable(),
  comments: z.string().nullable(),
  fileIds: z.array(z.uuid()),
  decidedAt: z.iso.datetime().nullable(),
  /** 'opinion' when the caller is this reviewer and may still give it. */
  permissions: z.array(z.string()),
});
export type Review = z.infer<typeof reviewSchema>;

export const reviewRoundSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  status: z.enum(REVIEW_ROUND_STATUSES),
  submittedBy: personRef.nullable(),
  submittedAt: z.iso.datetime(),
  comment: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  approvalId: z.uuid().nullable(),
  reviews: z.array(reviewSchema),
});
export type ReviewRound = z.infer<typeof reviewRoundSchema>;

export const reviewRoundsSchema = z.object({ rounds: z.array(reviewRoundSchema) });

export const reviewParamsSchema = z.strictObject({ id: z.uuid(), reviewId: z.uuid() });

export const giveOpinionSchema = z
  .strictObject({
    opinion: z.enum(REVIEW_OPINIONS),
    comments: plainText(0, 5000).nullable().optional(),
    fileIds: z.array(z.uuid()).max(20).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.opinion !== 'agree' && !body.comments) {
      ctx.addIssue({ code: 'custom', path: ['comments'], message: 'Required with this opinion.' });
    }
  });
export type GiveOpinionRequest = z.infer<typeof giveOpinionSchema>;

/** What submitting and giving an opinion answer: the contract's new state and the round concerned. */
export const reviewActionResultSchema = z.object({
  contractId: z.uuid(),
  status: z.enum(CONTRACT_STATUSES),
  version: z.number().int(),
  approvalId: z.uuid().nullable(),
  round: reviewRoundSchema,
});
export type ReviewActionResult = z.infer<typeof reviewActionResultSchema>;
