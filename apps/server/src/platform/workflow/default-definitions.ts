import type { LocalizedName, Stage } from '@thirdline/shared/workflow/workflow.schemas';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';
import type { Clock } from '../calendar/clock';
import { workflowDefinitions } from './workflow.table';

/**
 * The amount (CNY) from which procurement and contracts also need the director (R1.4). It lives in each seeded
 * definition's condition, so an administrator changes it by editing the flow (PUT /workflow-definitions/{id}).
 */
export const DEFAULT_AMOUNT_THRESHOLD = 500_000;

const days = (amount: number) => ({ amount, unit: 'working-days' as const });
const director = { rule: 'role' as const, role: 'director' as const };

const departmentHead: Stage = {
  key: 'department-head',
  name: { zh: '部门负责人审批', en: 'Department head' },
  assignee: { rule: 'department-head' },
  mode: 'one',
  due: days(2),
  escalateTo: director,
};
const finance: Stage = {
  key: 'finance',
  name: { zh: '财务审核', en: 'Finance' },
  assignee: { rule: 'role', role: 'finance' },
  mode: 'any',
  due: days(2),
  escalateTo: director,
};
const executive: Stage = {
  key: 'executive',
  name: { zh: '总经理审批', en: 'Executive' },
  assignee: { rule: 'role', role: 'executive' },
  mode: 'any',
  due: days(3),
};
const directorAbove = (key: string): Stage => ({
  key,
  name: { zh: '总监审批', en: 'Director' },
  assignee: director,
  mode: 'any',
  condition: { field: 'amount', op: 'gte', value: DEFAULT_AMOUNT_THRESHOLD },
  due: days(2),
});

interface DefaultDefinition {
  code: string;
  name: LocalizedName;
  recordType: string;
  stages: Stage[];
}

export const DEFAULT_DEFINITIONS: DefaultDefinition[] = [
  {
    code: 'procurement',
    name: { zh: '采购审批', en: 'Procurement approval' },
    recordType: 'sourcing-request',
    stages: [departmentHead, finance, directorAbove('director'), executive],
  },
  {
    code: 'contract',
    name: { zh: '合同审批', en: 'Contract approval' },
    recordType: 'contract',
    // Legal, finance and technical opinions come first, in the contract's own review rounds (R5.2).
    stages: [
      departmentHead,
      { key: 'director', name: { zh: '总监审批', en: 'Director' }, assignee: director, mode: 'any', due: days(2) },
      { ...executive, condition: { field: 'amount', op: 'gte', value: DEFAULT_AMOUNT_THRESHOLD } },
    ],
  },
  {
    code: 'contract-variation',
    name: { zh: '合同变更审批', en: 'Contract variation approval' },
    recordType: 'contract-variation',
    stages: [
      departmentHead,
      directorAbove('director'),
      { ...executive, condition: { field: 'amount', op: 'gte', value: DEFAULT_AMOUNT_THRESHOLD } },
    ],
  },
  {
    code: 'contract-renewal',
    name: { zh: '合同续签决定审批', en: 'Contract renewal decision approval' },
    recordType: 'contract-renewal',
    stages: [
      departmentHead,
      { key: 'director', name: { zh: '总监审批', en: 'Director' }, assignee: director, mode: 'any', due: days(2) },
    ],
  },
  {
    code: 'sourcing-award',
    name: { zh: '评审结果审批', en: 'Evaluation recommendation approval' },
    recordType: 'evaluation',
    stages: [
      { key: 'director', name: { zh: '总监审批', en: 'Director' }, assignee: director, mode: 'any', due: days(2) },
      executive,
    ],
  },
  {
    code: 'vendor-action',
    name: { zh: '供应商奖惩审批', en: 'Vendor reward or penalty approval' },
    recordType: 'vendor-action',
    stages: [
      { key: 'director', name: { zh: '总监审批', en: 'Director' }, assignee: director, mode: 'any', due: days(2) },
    ],
  },
  {
    code: 'emergency-report',
    name: { zh: '紧急事项报告确认', en: 'Emergency report acknowledgement' },
    recordType: 'emergency-action',
    stages: [
      {
        key: 'director',
        name: { zh: '总监确认', en: 'Director acknowledges' },
        assignee: director,
        mode: 'any',
        due: { amount: 24, unit: 'hours' },
      },
    ],
  },
  {
    code: 'vendor-approval',
    name: { zh: '供应商准入审批', en: 'Vendor approval' },
    recordType: 'vendor',
    stages: [departmentHead, finance, executive],
  },
];

/** Inserts the default flows that do not exist yet (by code); never overwrites an administrator's edits. */
export async function seedWorkflowDefinitions(db: Executor, clock: Clock): Promise<void> {
  const at = clock.now();
  await db
    .insert(workflowDefinitions)
    .values(
      DEFAULT_DEFINITIONS.map((d) => ({
        id: uuidv7(),
        code: d.code,
        name: d.name,
        recordType: d.recordType,
        enabled: true,
        stages: d.stages,
        createdAt: at,
        updatedAt: at,
      })),
    )
    .onConflictDoNothing({ target: workflowDefinitions.code });
}
