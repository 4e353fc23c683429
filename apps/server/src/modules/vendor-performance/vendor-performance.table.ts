import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../db/columns';

const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

/**
 * Rewards and penalties on a vendor (R4.5), each approved through the `vendor-action` flow. Vendor, campaign and
 * requester are checked by the commands (no cross-module foreign keys).
 */
export const vendorActions = pgTable(
  'vendor_actions',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    vendorId: uuid('vendor_id').notNull(),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    deadline: day('deadline'),
    amount: numeric('amount', { precision: 18, scale: 2 }),
    currency: text('currency').notNull().default('CNY'),
    campaignId: uuid('campaign_id'),
    grade: text('grade'),
    departmentId: uuid('department_id'),
    status: text('status').notNull().default('in-approval'),
    approvalId: uuid('approval_id'),
    decidedAt: at('decided_at'),
    closedAt: at('closed_at'),
    closingNote: text('closing_note'),
  },
  (t) => [
    uniqueIndex('vendor_actions_reference_idx').on(t.reference),
    index('vendor_actions_vendor_idx').on(t.vendorId, t.createdAt),
    index('vendor_actions_deadline_idx').on(t.status, t.deadline),
  ],
);

/** A re-evaluation campaign (R4.4). Criteria and bands are copied in when created, so later template edits don't move it. */
export const reEvaluationCampaigns = pgTable(
  're_evaluation_campaigns',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    status: text('status').notNull().default('open'),
    selection: jsonb('selection').notNull(),
    templateId: text('template_id').notNull(),
    templateName: text('template_name').notNull(),
    templateVersion: integer('template_version').notNull(),
    scale: text('scale').notNull(),
    criteria: jsonb('criteria').notNull(),
    bands: jsonb('bands').notNull(),
    evaluatorIds: uuid('evaluator_ids').array().notNull(),
    dueDate: day('due_date').notNull(),
    closedAt: at('closed_at'),
  },
  (t) => [
    uniqueIndex('re_evaluation_campaigns_reference_idx').on(t.reference),
    index('re_evaluation_campaigns_due_idx').on(t.status, t.dueDate),
  ],
);

/** One vendor in a campaign; `score`/`grade` are fixed when the campaign closes. */
export const reEvaluationVendors = pgTable(
  're_evaluation_vendors',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => reEvaluationCampaigns.id),
    vendorId: uuid('vendor_id').notNull(),
    /** The vendor as it was when the campaign started (the progress view sorts and shows these). */
    vendorName: text('vendor_name').notNull(),
    vendorReference: text('vendor_reference').notNull(),
    vendorTier: text('vendor_tier').notNull(),
    score: numeric('score', { precision: 5, scale: 2 }),
    grade: text('grade'),
  },
  (t) => [
    uniqueIndex('re_evaluation_vendors_pair_idx').on(t.campaignId, t.vendorId),
    index('re_evaluation_vendors_vendor_idx').on(t.vendorId),
  ],
);

/** One evaluator's score sheet for one vendor of a campaign. */
export const reEvaluationSheets = pgTable(
  're_evaluation_sheets',
  {
    ...businessColumns(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => reEvaluationCampaigns.id),
    vendorId: uuid('vendor_id').notNull(),
    evaluatorId: uuid('evaluator_id').notNull(),
    status: text('status').notNull().default('pending'),
    scores: jsonb('scores').notNull().default({}),
    comments: jsonb('comments').notNull().default({}),
    total: numeric('total', { precision: 5, scale: 2 }),
    submittedAt: at('submitted_at'),
  },
  (t) => [
    uniqueIndex('re_evaluation_sheets_unique_idx').on(t.campaignId, t.vendorId, t.evaluatorId),
    index('re_evaluation_sheets_evaluator_idx').on(t.evaluatorId, t.status),
  ],
);
