import type { LocalizedName, Stage, StageStatus } from '@thirdline/shared/workflow/workflow.schemas';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { businessColumns } from '../../db/columns';

/**
 * Approval workflows (issue 5). User ids are plain uuids without foreign keys: platform never depends on a
 * module's table (the org module resolves people through the AssigneeDirectory).
 */

/** A flow definition: ordered stages as data, edited by admins (version-checked). */
export const workflowDefinitions = pgTable(
  'workflow_definitions',
  {
    ...businessColumns(),
    code: text('code').notNull(),
    name: jsonb('name').$type<LocalizedName>().notNull(),
    recordType: text('record_type').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    stages: jsonb('stages').$type<Stage[]>().notNull(),
  },
  (t) => [uniqueIndex('workflow_definitions_code_idx').on(t.code)],
);

export type ApprovalContext = Record<string, string | number | boolean | null>;

/**
 * One running (or finished) approval. `stages` is a snapshot of the definition at start, so editing the
 * definition never changes a running approval; `stage_states` holds each stage's status.
 */
export const approvals = pgTable(
  'approvals',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    definitionId: uuid('definition_id').notNull(),
    flowCode: text('flow_code').notNull(),
    flowName: jsonb('flow_name').$type<LocalizedName>().notNull(),
    stages: jsonb('stages').$type<Stage[]>().notNull(),
    stageStates: jsonb('stage_states').$type<StageStatus[]>().notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    title: text('title').notNull(),
    link: text('link').notNull(),
    submitterId: uuid('submitter_id').notNull(),
    departmentId: uuid('department_id'),
    context: jsonb('context').$type<ApprovalContext>().notNull(),
    status: text('status').notNull(),
    currentStage: integer('current_stage'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('approvals_reference_idx').on(t.reference),
    index('approvals_submitter_idx').on(t.submitterId, t.createdAt),
    index('approvals_record_idx').on(t.recordType, t.recordId),
    index('approvals_status_idx').on(t.status, t.createdAt),
    // At most one pending (or returned) approval per record.
    uniqueIndex('approvals_one_running_idx')
      .on(t.recordType, t.recordId)
      .where(sql`status in ('pending', 'returned')`),
  ],
);

/** One task per assignee per stage activation; an exception task goes to the admins when nobody matched. */
export const approvalTasks = pgTable(
  'approval_tasks',
  {
    id: uuid('id').primaryKey(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id),
    stageIndex: integer('stage_index').notNull(),
    assigneeId: uuid('assignee_id').notNull(),
    status: text('status').notNull(),
    exception: boolean('exception').notNull().default(false),
    escalation: boolean('escalation').notNull().default(false),
    comment: text('comment'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
  },
  (t) => [
    // The inbox: a user's tasks by status, newest first, read in index order (no sort, no join before the limit).
    index('approval_tasks_inbox_idx').on(t.assigneeId, t.status, t.createdAt, t.id),
    index('approval_tasks_approval_idx').on(t.approvalId, t.stageIndex),
    index('approval_tasks_due_idx')
      .on(t.dueAt)
      .where(sql`status = 'open'`),
  ],
);

/** The timeline of an approval: every decision, comment, escalation … in order. */
export const approvalEvents = pgTable(
  'approval_events',
  {
    id: uuid('id').primaryKey(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    stageIndex: integer('stage_index'),
    taskId: uuid('task_id'),
    comment: text('comment'),
  },
  (t) => [index('approval_events_approval_idx').on(t.approvalId, t.at, t.id)],
);

/** The first response to a request sent with an `Idempotency-Key`, per user and key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    requestPath: text('request_path').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
