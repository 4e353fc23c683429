import { z } from 'zod';
import { plainText } from '../http/text.schemas';
import { dateSchema, moneySchema } from '../vendors/vendors.schemas';

/**
 * The end of a contract's life (R5.5, R5.6, R6.6): variations that become numbered supplementary agreements,
 * renewal decisions, termination with settlement, the exit handover checklist and the final report.
 * Amounts are decimal strings; business dates `YYYY-MM-DD`.
 */
const personRef = z.object({ id: z.uuid(), displayName: z.string() });
const optionalText = (max: number) => plainText(0, max).nullable().optional();
const version = z.number().int().min(1);

export const exitItemParamsSchema = z.strictObject({ id: z.uuid(), itemId: z.uuid() });

// ── Variations ────────────────────────────────────────────────────────────────────────────────────────────────
export const VARIATION_STATUSES = ['in-review', 'in-approval', 'approved', 'rejected'] as const;
export const OPINION_KINDS = ['legal', 'finance'] as const;
export const OPINIONS = ['agree', 'agree-with-comments', 'disagree'] as const;

export const createVariationSchema = z.strictObject({
  reason: plainText(1, 4000),
  content: plainText(1, 20_000),
  /** Impact on other clauses. */
  impact: plainText(0, 4000).optional(),
  newAmount: moneySchema.nullable().optional(),
  newStartDate: dateSchema.nullable().optional(),
  newEndDate: dateSchema.nullable().optional(),
  newNoticePeriodDays: z.number().int().min(0).max(3650).nullable().optional(),
});
export type CreateVariationRequest = z.infer<typeof createVariationSchema>;

export const variationOpinionSchema = z.strictObject({
  kind: z.enum(OPINION_KINDS),
  opinion: z.enum(OPINIONS),
  comments: optionalText(4000),
});
export type VariationOpinionRequest = z.infer<typeof variationOpinionSchema>;

/** The contract terms a variation may change, as they were before and after it. */
export const contractTermsSchema = z.object({
  amount: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  noticePeriodDays: z.number().int(),
});
export type ContractTerms = z.infer<typeof contractTermsSchema>;

const opinionRecordSchema = z.object({
  kind: z.enum(OPINION_KINDS),
  opinion: z.enum(OPINIONS),
  comments: z.string().nullable(),
  by: personRef,
  at: z.iso.datetime(),
});

export const variationSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  /** 1, 2, … per contract. */
  number: z.number().int(),
  /** The supplementary agreement's reference (`CT-2026-0001-S1`) once approved. */
  supplementReference: z.string().nullable(),
  reason: z.string(),
  content: z.string(),
  impact: z.string(),
  newAmount: z.string().nullable(),
  newStartDate: z.iso.date().nullable(),
  newEndDate: z.iso.date().nullable(),
  newNoticePeriodDays: z.number().int().nullable(),
  status: z.enum(VARIATION_STATUSES),
  opinions: z.array(opinionRecordSchema),
  approvalId: z.uuid().nullable(),
  /** The contract's terms when the variation was requested, and (once approved) after it was applied. */
  before: contractTermsSchema,
  after: contractTermsSchema.nullable(),
  approvedAt: z.iso.datetime().nullable(),
  requestedBy: personRef.nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
  /** 'opinion-legal', 'opinion-finance' when the caller may give that opinion now. */
  permissions: z.array(z.string()),
});
export type Variation = z.infer<typeof variationSchema>;
export const variationListSchema = z.object({ items: z.array(variationSchema) });

// ── Renewal decisions ─────────────────────────────────────────────────────────────────────────────────────────
export const RENEWAL_DECISIONS = ['renew', 'renegotiate', 're-tender', 'let-expire'] as const;
export const RENEWAL_STATUSES = ['in-approval', 'approved', 'rejected'] as const;

/**
 * A decision to renew carries the renewed term: the new end date (required, after the current one) and optionally the
 * new total amount. Once the renewal is approved they are applied to the contract, like a variation.
 */
export const createRenewalDecisionSchema = z
  .strictObject({
    decision: z.enum(RENEWAL_DECISIONS),
    reason: plainText(1, 4000),
    newEndDate: dateSchema.nullable().optional(),
    newAmount: moneySchema.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'renew') {
      if (!body.newEndDate) ctx.addIssue({ code: 'custom', path: ['newEndDate'], message: 'Required.' });
      return;
    }
    for (const key of ['newEndDate', 'newAmount'] as const) {
      if (body[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'Only a decision to renew sets new terms.' });
    }
  });
export type CreateRenewalDecisionRequest = z.infer<typeof createRenewalDecisionSchema>;

export const renewalDecisionSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  decision: z.enum(RENEWAL_DECISIONS),
  reason: z.string(),
  /** The contract end date the decision is about. */
  endDate: z.iso.date(),
  /** A renewal's new end date and (optional) new total amount. */
  newEndDate: z.iso.date().nullable(),
  newAmount: z.string().nullable(),
  /** The contract's terms before and after an approved renewal was applied (null until then). */
  before: contractTermsSchema.nullable(),
  after: contractTermsSchema.nullable(),
  status: z.enum(RENEWAL_STATUSES),
  approvalId: z.uuid().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  requestedBy: personRef.nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type RenewalDecision = z.infer<typeof renewalDecisionSchema>;

export const renewalOverviewSchema = z.object({
  endDate: z.iso.date(),
  noticeDeadline: z.iso.date(),
  autoRenewal: z.boolean(),
  /** Days from today (organisation time zone) to the end date and to the notice deadline; negative once passed. */
  daysToEnd: z.number().int(),
  daysToNoticeDeadline: z.number().int(),
  items: z.array(renewalDecisionSchema),
  /** 'decide' when the caller may record a decision now. */
  permissions: z.array(z.string()),
});
export type RenewalOverview = z.infer<typeof renewalOverviewSchema>;

// ── Termination, handover, final report ───────────────────────────────────────────────────────────────────────
export const TERMINATION_KINDS = ['expiry', 'quality-failure', 'breach', 'mutual', 'force-majeure'] as const;
export type TerminationKind = (typeof TERMINATION_KINDS)[number];

export const terminateContractSchema = z.strictObject({
  /** The contract's version the caller read. */
  version,
  kind: z.enum(TERMINATION_KINDS),
  reason: plainText(1, 4000),
  effectiveDate: dateSchema,
  /** What the company still owes the vendor, and what the vendor owes the company. */
  settlementOwedToVendor: moneySchema.default('0'),
  settlementOwedByVendor: moneySchema.default('0'),
  settlementNote: optionalText(4000),
});
export type TerminateContractRequest = z.input<typeof terminateContractSchema>;

export const submitFinalReportSchema = z.strictObject({
  version,
  report: plainText(1, 20_000),
  fileId: z.uuid().nullable().optional(),
});
export type SubmitFinalReportRequest = z.infer<typeof submitFinalReportSchema>;

export const terminationSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  kind: z.enum(TERMINATION_KINDS),
  reason: z.string(),
  effectiveDate: z.iso.date(),
  settlementOwedToVendor: z.string(),
  settlementOwedByVendor: z.string(),
  settlementNote: z.string().nullable(),
  terminatedBy: personRef.nullable(),
  terminatedAt: z.iso.datetime(),
  finalReportDueOn: z.iso.date(),
  finalReport: z.string().nullable(),
  finalReportFileId: z.uuid().nullable(),
  finalReportSubmittedAt: z.iso.datetime().nullable(),
  /** Not yet filed and past its due date (organisation time zone). */
  finalReportOverdue: z.boolean(),
  /** Filed after its due date. */
  finalReportLate: z.boolean(),
  version: z.number().int(),
  permissions: z.array(z.string()),
});
export type Termination = z.infer<typeof terminationSchema>;
export const terminationEnvelopeSchema = z.object({ termination: terminationSchema.nullable() });

export const DEFAULT_HANDOVER_ITEMS = [
  'data-returned-or-destroyed',
  'access-revoked',
  'assets-returned',
  'knowledge-transfer',
  'documents-handed-over',
  'transition-in-place',
] as const;
/** Items that can only be marked done with evidence (the data return/destruction certificate). */
export const HANDOVER_ITEMS_NEEDING_EVIDENCE: readonly string[] = ['data-returned-or-destroyed'];

export const addHandoverItemSchema = z.strictObject({ title: plainText(1, 300) });
export const updateHandoverItemSchema = z.strictObject({
  version,
  done: z.boolean(),
  evidenceFileId: z.uuid().nullable().optional(),
  note: optionalText(4000),
});
export type UpdateHandoverItemRequest = z.infer<typeof updateHandoverItemSchema>;

export const handoverItemSchema = z.object({
  id: z.uuid(),
  /** A default item's code (the web shows its label); null for one added to this contract. */
  code: z.string().nullable(),
  title: z.string(),
  position: z.number().int(),
  done: z.boolean(),
  evidenceRequired: z.boolean(),
  evidenceFileId: z.uuid().nullable(),
  note: z.string().nullable(),
  doneAt: z.iso.datetime().nullable(),
  doneBy: personRef.nullable(),
  version: z.number().int(),
});
export type HandoverItem = z.infer<typeof handoverItemSchema>;
export const handoverSchema = z.object({
  items: z.array(handoverItemSchema),
  done: z.number().int(),
  total: z.number().int(),
  permissions: z.array(z.string()),
});
export type Handover = z.infer<typeof handoverSchema>;

// ── Settings ──────────────────────────────────────────────────────────────────────────────────────────────────
export const DEFAULT_FINAL_REPORT_DAYS = 15;
export const exitSettingsSchema = z.object({
  finalReportDays: z.number().int(),
  /** Handover items every new checklist starts with: default codes and/or free titles. */
  handoverItems: z.array(z.object({ code: z.string().nullable(), title: z.string() })),
  version: z.number().int(),
});
export type ExitSettings = z.infer<typeof exitSettingsSchema>;
export const updateExitSettingsSchema = z.strictObject({
  version,
  finalReportDays: z.number().int().min(1).max(365),
  handoverItems: z
    .array(z.strictObject({ code: z.enum(DEFAULT_HANDOVER_ITEMS).nullable(), title: plainText(1, 300) }))
    .min(1)
    .max(50),
});
export type UpdateExitSettingsRequest = z.infer<typeof updateExitSettingsSchema>;
