import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../db/columns';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Emergency actions taken before approval (R1.3). `created_by` is the reporter; `report_due_at` is fixed when the
 * action is recorded (acted_at + the organisation's report hours at that time), so a later settings change does
 * not move a running deadline. Vendor and department are checked by the commands (no cross-module foreign keys).
 */
export const emergencyActions = pgTable(
  'emergency_actions',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    reason: text('reason').notNull(),
    actedAt: at('acted_at').notNull(),
    reportDueAt: at('report_due_at').notNull(),
    status: text('status').notNull().default('report-due'),
    report: text('report'),
    reportedAt: at('reported_at'),
    acknowledgedAt: at('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    approvalId: uuid('approval_id'),
    vendorId: uuid('vendor_id'),
    contractRef: text('contract_ref'),
    projectRef: text('project_ref'),
    departmentId: uuid('department_id'),
  },
  (t) => [
    uniqueIndex('emergency_actions_reference_idx').on(t.reference),
    index('emergency_actions_due_idx').on(t.status, t.reportDueAt),
    index('emergency_actions_reporter_idx').on(t.createdBy, t.actedAt),
  ],
);
