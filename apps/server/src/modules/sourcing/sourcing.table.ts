import type { StoredRequirement } from '@thirdline/shared/sourcing/requirements.schemas';
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
import { businessColumns } from '../../db/columns';

const at = (name: string) => timestamp(name, { withTimezone: true });
const money = (name: string) => numeric(name, { precision: 18, scale: 2 });

/**
 * Sourcing requests (R2.1, R2.2). Department, vendors and users are checked by the commands (no cross-module
 * foreign keys); `approval_id` is the latest procurement approval, `evaluation_id` the evaluation that awarded it.
 */
export const sourcingRequests = pgTable(
  'sourcing_requests',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    departmentId: uuid('department_id').notNull(),
    background: text('background').notNull(),
    goals: text('goals').notNull(),
    expectedOutcome: text('expected_outcome').notNull(),
    budgetAmount: money('budget_amount').notNull(),
    budgetCurrency: text('budget_currency').notNull().default('CNY'),
    /**
     * Set at submission: the reference rate to CNY used and the budget's CNY equivalent the flow compared (wider
     * than money: the largest budget at the largest rate still fits).
     */
    budgetRateToCny: numeric('budget_rate_to_cny', { precision: 18, scale: 6 }),
    budgetAmountCny: numeric('budget_amount_cny', { precision: 28, scale: 2 }),
    otherResources: text('other_resources'),
    functionalNeeds: text('functional_needs'),
    serviceLevelNeeds: text('service_level_needs'),
    outsourcingCategory: text('outsourcing_category').notNull(),
    urgency: text('urgency').notNull().default('normal'),
    riskLevel: text('risk_level').notNull().default('medium'),
    status: text('status').notNull().default('draft'),
    approvalId: uuid('approval_id'),
    awardedVendorId: uuid('awarded_vendor_id'),
    evaluationId: uuid('evaluation_id'),
    awardedAt: at('awarded_at'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    uniqueIndex('sourcing_requests_reference_idx').on(t.reference),
    index('sourcing_requests_status_idx').on(t.status, t.createdAt),
    index('sourcing_requests_department_idx').on(t.departmentId, t.createdAt),
  ],
);

/** Requirement specification versions (R2.3): every save is a new numbered version; old ones are kept. */
export const sourcingRequirementVersions = pgTable(
  'sourcing_requirement_versions',
  {
    id: uuid('id').primaryKey(),
    sourcingRequestId: uuid('sourcing_request_id')
      .notNull()
      .references(() => sourcingRequests.id),
    number: integer('number').notNull(),
    note: text('note'),
    items: jsonb('items').$type<StoredRequirement[]>().notNull(),
    createdAt: at('created_at').notNull(),
    createdBy: uuid('created_by'),
    confirmedAt: at('confirmed_at'),
    confirmedBy: uuid('confirmed_by'),
  },
  (t) => [uniqueIndex('sourcing_requirement_versions_number_idx').on(t.sourcingRequestId, t.number)],
);

export interface StoredWbsNode {
  code: string;
  name: string;
  ownerId: string;
  deliverable: string | null;
  children: StoredWbsNode[];
}

/** The scope statement with its WBS (R2.4), one per request; confirmed by the requesting department's head. */
export const sourcingScopes = pgTable(
  'sourcing_scopes',
  {
    ...businessColumns(),
    sourcingRequestId: uuid('sourcing_request_id')
      .notNull()
      .references(() => sourcingRequests.id),
    objectives: text('objectives').notNull(),
    deliverables: jsonb('deliverables').$type<string[]>().notNull(),
    inScope: text('in_scope').notNull(),
    outOfScope: text('out_of_scope').notNull(),
    milestones: jsonb('milestones').$type<{ name: string; dueDate: string }[]>().notNull(),
    wbs: jsonb('wbs').$type<StoredWbsNode[]>().notNull(),
    confirmedAt: at('confirmed_at'),
    confirmedBy: uuid('confirmed_by'),
  },
  (t) => [uniqueIndex('sourcing_scopes_request_idx').on(t.sourcingRequestId)],
);

/** Candidate vendors invited to respond by a deadline (a date of the organisation's calendar). */
export const sourcingCandidates = pgTable(
  'sourcing_candidates',
  {
    ...businessColumns(),
    sourcingRequestId: uuid('sourcing_request_id')
      .notNull()
      .references(() => sourcingRequests.id),
    vendorId: uuid('vendor_id').notNull(),
    invitedAt: at('invited_at').notNull(),
    responseDeadline: date('response_deadline', { mode: 'string' }).notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('sourcing_candidates_vendor_idx').on(t.sourcingRequestId, t.vendorId)],
);

/** Proposals received from candidates; `late` is fixed when recorded (received after the deadline's day). */
export const sourcingProposals = pgTable(
  'sourcing_proposals',
  {
    ...businessColumns(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => sourcingCandidates.id),
    price: money('price').notNull(),
    currency: text('currency').notNull(),
    fileIds: jsonb('file_ids').$type<string[]>().notNull(),
    notes: text('notes'),
    receivedAt: at('received_at').notNull(),
    late: boolean('late').notNull(),
  },
  (t) => [index('sourcing_proposals_candidate_idx').on(t.candidateId, t.receivedAt)],
);
