import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { businessColumns } from '../../../db/columns';
import { contracts } from '../contracts.table';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const day = (name: string) => date(name, { mode: 'string' });
const at = (name: string) => timestamp(name, { withTimezone: true });
const contractRef = () =>
  uuid('contract_id')
    .notNull()
    .references(() => contracts.id, { onDelete: 'cascade' });

/** The terms a variation may change, kept as they were before it and after it was applied (R5.5). */
export interface TermsSnapshot {
  amount: string;
  startDate: string;
  endDate: string;
  noticePeriodDays: number;
}

export interface OpinionRecord {
  kind: 'legal' | 'finance';
  opinion: 'agree' | 'agree-with-comments' | 'disagree';
  comments: string | null;
  byId: string;
  at: string;
}

/**
 * A variation request (R5.5): legal and finance opinions, then the `contract-variation` flow; once approved it is
 * numbered as a supplementary agreement (`supplement_reference`) and the contract's terms change.
 */
export const contractVariations = pgTable(
  'contract_variations',
  {
    ...businessColumns(),
    contractId: contractRef(),
    number: integer('number').notNull(),
    supplementNumber: integer('supplement_number'),
    supplementReference: text('supplement_reference'),
    reason: text('reason').notNull(),
    content: text('content').notNull(),
    impact: text('impact').notNull().default(''),
    newAmount: money('new_amount'),
    newStartDate: day('new_start_date'),
    newEndDate: day('new_end_date'),
    newNoticePeriodDays: integer('new_notice_period_days'),
    status: text('status').notNull(),
    opinions: jsonb('opinions').$type<OpinionRecord[]>().notNull().default([]),
    approvalId: uuid('approval_id'),
    termsBefore: jsonb('terms_before').$type<TermsSnapshot>().notNull(),
    termsAfter: jsonb('terms_after').$type<TermsSnapshot>(),
    approvedAt: at('approved_at'),
  },
  (t) => [
    uniqueIndex('contract_variations_number_idx').on(t.contractId, t.number),
    uniqueIndex('contract_variations_supplement_idx').on(t.supplementReference),
  ],
);

/**
 * A renewal decision (renew / renegotiate / re-tender / let expire) through the `contract-renewal` flow; a renewal
 * carries the new end date (and amount) applied to the contract on approval, with the terms before and after.
 */
export const contractRenewalDecisions = pgTable(
  'contract_renewal_decisions',
  {
    ...businessColumns(),
    contractId: contractRef(),
    decision: text('decision').notNull(),
    reason: text('reason').notNull(),
    endDate: day('end_date').notNull(),
    newEndDate: day('new_end_date'),
    newAmount: money('new_amount'),
    status: text('status').notNull(),
    approvalId: uuid('approval_id'),
    decidedAt: at('decided_at'),
    termsBefore: jsonb('terms_before').$type<TermsSnapshot>(),
    termsAfter: jsonb('terms_after').$type<TermsSnapshot>(),
  },
  (t) => [index('contract_renewal_decisions_contract_idx').on(t.contractId)],
);

/** How a contract ended early or at expiry (R5.6): settlement both ways, and the final report due after it. */
export const contractTerminations = pgTable(
  'contract_terminations',
  {
    ...businessColumns(),
    contractId: contractRef(),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    effectiveDate: day('effective_date').notNull(),
    settlementOwedToVendor: money('settlement_owed_to_vendor').notNull(),
    settlementOwedByVendor: money('settlement_owed_by_vendor').notNull(),
    settlementNote: text('settlement_note'),
    finalReportDueOn: day('final_report_due_on').notNull(),
    finalReport: text('final_report'),
    finalReportFileId: uuid('final_report_file_id'),
    finalReportSubmittedAt: at('final_report_submitted_at'),
    finalReportSubmittedOn: day('final_report_submitted_on'),
  },
  (t) => [
    uniqueIndex('contract_terminations_contract_idx').on(t.contractId),
    index('contract_terminations_report_due_idx').on(t.finalReportDueOn),
  ],
);

/** The exit handover checklist of one contract (R5.6), started from the configured default items. */
export const contractHandoverItems = pgTable(
  'contract_handover_items',
  {
    ...businessColumns(),
    contractId: contractRef(),
    code: text('code'),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    done: boolean('done').notNull().default(false),
    evidenceFileId: uuid('evidence_file_id'),
    note: text('note'),
    doneAt: at('done_at'),
    doneBy: uuid('done_by'),
  },
  (t) => [index('contract_handover_items_contract_idx').on(t.contractId, t.position)],
);

/** The organisation's exit settings (one row, id fixed): final report deadline and default handover items. */
export const contractExitSettings = pgTable('contract_exit_settings', {
  ...businessColumns(),
  finalReportDays: integer('final_report_days').notNull(),
  handoverItems: jsonb('handover_items').$type<{ code: string | null; title: string }[]>().notNull(),
});
