import { z } from 'zod';
import { pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { ROLES } from '../rbac/permissions';

/** Approval workflows (issue 5, R1.2): flow definitions as data, approvals, tasks and decisions. */

export const ASSIGNEE_RULES = ['role-in-department', 'role', 'user', 'department-head', 'submitter-manager'] as const;
export type AssigneeRule = (typeof ASSIGNEE_RULES)[number];
export const STAGE_MODES = ['one', 'all', 'any'] as const;
export const CONDITION_FIELDS = ['amount', 'riskLevel', 'vendorTier', 'department', 'category'] as const;
export const CONDITION_OPS = ['gte', 'lte', 'eq', 'in'] as const;
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'returned', 'withdrawn'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const STAGE_STATUSES = ['waiting', 'active', 'approved', 'rejected', 'returned', 'skipped'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];
export const TASK_STATUSES = ['open', 'approved', 'rejected', 'returned', 'delegated', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const DECISIONS = ['approve', 'reject', 'return', 'delegate', 'comment'] as const;
export type Decision = (typeof DECISIONS)[number];
export const TIMELINE_ACTIONS = [
  'submitted',
  'approved',
  'rejected',
  'returned',
  'delegated',
  'commented',
  'withdrawn',
  'resubmitted',
  'escalated',
  'reassigned',
  'completed',
] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

const id = z.uuid();
export const localizedNameSchema = z.object({
  zh: plainText(1, 100),
  en: plainText(1, 100),
});
export type LocalizedName = z.infer<typeof localizedNameSchema>;

export const assigneeSchema = z.strictObject({
  rule: z.enum(ASSIGNEE_RULES),
  role: z.enum(ROLES).optional(),
  /** Several roles in parallel (e.g. legal + finance + technical review): everyone holding any of them. */
  roles: z.array(z.enum(ROLES)).min(1).max(10).optional(),
  userId: id.optional(),
});
export type Assignee = z.infer<typeof assigneeSchema>;

const scalar = z.union([z.number(), z.string().max(200)]);
export const stageConditionSchema = z.strictObject({
  field: z.enum(CONDITION_FIELDS),
  op: z.enum(CONDITION_OPS),
  value: z.union([scalar, z.array(scalar).min(1).max(100)]),
});
export type StageCondition = z.infer<typeof stageConditionSchema>;

export const stageSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Lower-case letters, digits and dashes, starting with a letter.'),
  name: localizedNameSchema,
  assignee: assigneeSchema,
  mode: z.enum(STAGE_MODES),
  condition: stageConditionSchema.optional(),
  due: z
    .strictObject({ amount: z.number().int().min(1).max(1000), unit: z.enum(['hours', 'working-days']) })
    .optional(),
  escalateTo: assigneeSchema.optional(),
});
export type Stage = z.infer<typeof stageSchema>;

export const workflowDefinitionSchema = z.object({
  id,
  code: z.string(),
  name: localizedNameSchema,
  recordType: z.string(),
  enabled: z.boolean(),
  version: z.number().int(),
  stages: z.array(stageSchema),
  updatedAt: z.string(),
});
export type WorkflowDefinition = z.infer<typeof workflowDefinitionSchema>;
export const workflowDefinitionListSchema = z.object({ items: z.array(workflowDefinitionSchema) });

export const updateWorkflowDefinitionSchema = z.strictObject({
  version: z.number().int().min(1),
  name: localizedNameSchema,
  enabled: z.boolean(),
  stages: z.array(stageSchema).min(1, 'A flow needs at least one stage.').max(20),
});
export type UpdateWorkflowDefinition = z.infer<typeof updateWorkflowDefinitionSchema>;

export const idParamsSchema = z.strictObject({ id });

const personSchema = z.object({ id, displayName: z.string() });

export const approvalSummarySchema = z.object({
  id,
  reference: z.string(),
  flowCode: z.string(),
  flowName: localizedNameSchema,
  recordType: z.string(),
  recordId: z.string(),
  title: z.string(),
  link: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  submitter: personSchema,
  currentStageName: localizedNameSchema.nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ApprovalSummary = z.infer<typeof approvalSummarySchema>;

export const approvalTaskInStageSchema = z.object({
  id,
  assignee: personSchema,
  status: z.enum(TASK_STATUSES),
  comment: z.string().nullable(),
  decidedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  exception: z.boolean(),
});

export const approvalDetailSchema = approvalSummarySchema.extend({
  stages: z.array(
    z.object({
      index: z.number().int(),
      key: z.string(),
      name: localizedNameSchema,
      mode: z.enum(STAGE_MODES),
      status: z.enum(STAGE_STATUSES),
      tasks: z.array(approvalTaskInStageSchema),
    }),
  ),
  timeline: z.array(
    z.object({
      at: z.string(),
      actor: personSchema.nullable(),
      action: z.enum(TIMELINE_ACTIONS),
      stageName: localizedNameSchema.nullable(),
      comment: z.string().nullable(),
    }),
  ),
  permissions: z.array(z.enum(['withdraw', 'resubmit', 'download-form'])),
});
export type ApprovalDetail = z.infer<typeof approvalDetailSchema>;

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const approvalListQuerySchema = z.strictObject({
  scope: z.enum(['mine', 'all']).default('mine'),
  status: z.enum(['pending', 'approved', 'rejected', 'returned', 'withdrawn']).optional(),
  ...paging,
});
export type ApprovalListQuery = z.infer<typeof approvalListQuerySchema>;
export const approvalPageSchema = pageSchema(approvalSummarySchema.extend({ permissions: z.array(z.string()) }));

export const approvalTaskSchema = z.object({
  id,
  approvalId: id,
  reference: z.string(),
  title: z.string(),
  link: z.string(),
  recordType: z.string(),
  flowName: localizedNameSchema,
  stageName: localizedNameSchema,
  submitter: personSchema,
  status: z.enum(TASK_STATUSES),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  exception: z.boolean(),
  permissions: z.array(z.string()),
});
export type ApprovalTask = z.infer<typeof approvalTaskSchema>;

const recordTypeText = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);
export const approvalTaskListQuerySchema = z.strictObject({
  status: z.enum(['open', 'done']).default('open'),
  recordType: recordTypeText.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...paging,
});
export type ApprovalTaskListQuery = z.infer<typeof approvalTaskListQuerySchema>;
export const approvalTaskPageSchema = pageSchema(approvalTaskSchema);
export const approvalTaskCountSchema = z.object({ open: z.number().int(), overdue: z.number().int() });

const comment = plainText(1, 2000);

export const decisionRequestSchema = z.strictObject({
  decision: z.enum(DECISIONS),
  comment: comment.optional(),
  delegateTo: id.optional(),
});
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

export const commentRequestSchema = z.strictObject({ comment: comment.optional() });
export const reassignRequestSchema = z.strictObject({ assigneeId: id, comment: comment.optional() });
export type ReassignRequest = z.infer<typeof reassignRequestSchema>;

export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'Printable ASCII without spaces.')
    .optional(),
});

export const startApprovalRequestSchema = z.strictObject({ comment: comment.optional() });
export const startApprovalResultSchema = z.object({ approvalId: id });
