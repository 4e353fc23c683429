// The evaluations module's tables (db/schema.ts re-exports this file).
import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  doublePrecision,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { businessColumns } from '../../db/columns';
import type { StoredCriterion } from './templates/templates.table';

export * from './templates/templates.table';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A panel evaluation of candidate vendors (R4.2). The template version's criteria are copied in when the
 * evaluation is created: later template versions never change a running or finished evaluation.
 * The sourcing request is referenced by id only (no cross-module foreign key).
 */
export const evaluations = pgTable(
  'evaluations',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    status: text('status').notNull().default('draft'),
    sourcingRequestId: uuid('sourcing_request_id'),
    templateId: uuid('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    templateName: text('template_name').notNull(),
    scale: text('scale').notNull(),
    criteria: jsonb('criteria').$type<StoredCriterion[]>().notNull(),
    chairId: uuid('chair_id').notNull(),
    departmentId: uuid('department_id'),
    minPanelDepartments: integer('min_panel_departments').notNull().default(2),
    outlierThreshold: doublePrecision('outlier_threshold').notNull(),
    closedAt: at('closed_at'),
    closedBy: uuid('closed_by'),
    recommendedVendorId: uuid('recommended_vendor_id'),
    recommendationReason: text('recommendation_reason'),
    recommendedAt: at('recommended_at'),
    approvalId: uuid('approval_id'),
    approvedAt: at('approved_at'),
  },
  (t) => [
    uniqueIndex('evaluations_reference_idx').on(t.reference),
    index('evaluations_sourcing_request_idx').on(t.sourcingRequestId),
  ],
);

/** The vendors evaluated, with their offered price and the report's strengths and weaknesses (editable). */
export const evaluationVendors = pgTable(
  'evaluation_vendors',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    vendorId: uuid('vendor_id').notNull(),
    position: integer('position').notNull(),
    price: numeric('price', { precision: 18, scale: 2 }),
    currency: text('currency').notNull().default('CNY'),
    strengths: text('strengths'),
    weaknesses: text('weaknesses'),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.vendorId] })],
);

/** One evaluator on the panel = one score sheet (R4.2): declaration, status, lock. */
export const evaluationSheets = pgTable(
  'evaluation_sheets',
  {
    ...businessColumns(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    evaluatorId: uuid('evaluator_id').notNull(),
    /** The evaluator's department when put on the panel (the department rule is checked on it). */
    departmentId: uuid('department_id'),
    status: text('status').notNull().default('draft'),
    declaredAt: at('declared_at'),
    submittedAt: at('submitted_at'),
    reopenReason: text('reopen_reason'),
  },
  (t) => [uniqueIndex('evaluation_sheets_evaluator_idx').on(t.evaluationId, t.evaluatorId)],
);

/** A declared conflict of interest: the evaluator does not score this vendor. */
export const evaluationConflicts = pgTable(
  'evaluation_conflicts',
  {
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => evaluationSheets.id),
    vendorId: uuid('vendor_id').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sheetId, t.vendorId] })],
);

/** One score of one evaluator for one vendor on one criterion, with the evaluator's comment. */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => evaluationSheets.id),
    vendorId: uuid('vendor_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    score: doublePrecision('score').notNull(),
    comment: text('comment'),
  },
  (t) => [
    primaryKey({ columns: [t.sheetId, t.vendorId, t.criterionId] }),
    index('evaluation_scores_evaluation_idx').on(t.evaluationId),
  ],
);
