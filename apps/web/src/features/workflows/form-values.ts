import type { Role } from '../../api/types';
import type { LocalName } from '../approvals/api';
import type { Assignee, StageCondition, StageDefinition, WorkflowDefinition, WorkflowDefinitionInput } from './api';

/** An assignee rule as the form holds it: one or several roles in one multiple select. */
export interface AssigneeValues {
  rule?: Assignee['rule'];
  roles?: Role[];
  userId?: string;
}

/** A stage as the form holds it: optional parts as loose fields, a condition value as typed text. */
export interface StageValues {
  key: string;
  name: LocalName;
  assignee: AssigneeValues;
  mode: StageDefinition['mode'];
  condition?: { field?: StageCondition['field']; op?: StageCondition['op']; value?: string };
  due?: { amount?: number | null; unit?: NonNullable<StageDefinition['due']>['unit'] };
  escalateTo?: AssigneeValues;
}

function assigneeValues(assignee: Assignee | null | undefined): AssigneeValues {
  if (!assignee) return {};
  return {
    rule: assignee.rule,
    roles: assignee.roles ?? (assignee.role ? [assignee.role] : undefined),
    userId: assignee.userId,
  };
}

export interface DefinitionValues {
  name: LocalName;
  enabled: boolean;
  stages: StageValues[];
}

const LIST_SEPARATOR = /[,，、]/;

function conditionText(value: StageCondition['value'] | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function toValues(definition: WorkflowDefinition): DefinitionValues {
  return {
    name: { ...definition.name },
    enabled: definition.enabled,
    stages: definition.stages.map((s) => ({
      key: s.key,
      name: { ...s.name },
      assignee: assigneeValues(s.assignee),
      mode: s.mode,
      condition: s.condition
        ? { field: s.condition.field, op: s.condition.op, value: conditionText(s.condition.value) }
        : {},
      due: s.due ? { ...s.due } : { unit: 'working-days' },
      escalateTo: assigneeValues(s.escalateTo),
    })),
  };
}

/** Only the parts of a rule that apply to it: the role(s) for role rules, a user for the named-user rule. */
function assigneeOf(value: AssigneeValues | undefined): Assignee | undefined {
  if (!value?.rule) return undefined;
  const assignee: Assignee = { rule: value.rule };
  const roles = value.roles ?? [];
  if (value.rule === 'role' || value.rule === 'role-in-department') {
    if (roles.length === 1) assignee.role = roles[0];
    else if (roles.length > 1) assignee.roles = roles;
  }
  if (value.rule === 'user' && value.userId) assignee.userId = value.userId;
  return assignee;
}

function conditionOf(value: StageValues['condition']): StageCondition | undefined {
  if (!value?.field || !value.op) return undefined;
  const text = value.value?.trim() ?? '';
  const typed = (part: string) =>
    value.field === 'amount' && part !== '' && !Number.isNaN(Number(part)) ? Number(part) : part;
  return {
    field: value.field,
    op: value.op,
    value:
      value.op === 'in'
        ? text
            .split(LIST_SEPARATOR)
            .map((p) => p.trim())
            .filter(Boolean)
            .map(typed)
        : typed(text),
  };
}

export function toInput(values: DefinitionValues, version: number): WorkflowDefinitionInput {
  return {
    version,
    name: { zh: values.name.zh.trim(), en: values.name.en.trim() },
    enabled: values.enabled,
    stages: (values.stages ?? []).map((s) => {
      const stage: StageDefinition = {
        key: s.key.trim(),
        name: { zh: s.name.zh.trim(), en: s.name.en.trim() },
        assignee: assigneeOf(s.assignee) ?? ({} as Assignee),
        mode: s.mode,
      };
      const condition = conditionOf(s.condition);
      if (condition) stage.condition = condition;
      if (s.due?.amount && s.due.unit) stage.due = { amount: s.due.amount, unit: s.due.unit };
      const escalateTo = assigneeOf(s.escalateTo);
      if (escalateTo) stage.escalateTo = escalateTo;
      return stage;
    }),
  };
}

/** `body.stages.1.assignee` → `['stages', 1, 'assignee']`. */
export function namePathOf(path: string): (string | number)[] {
  return path
    .split(/[./]/)
    .filter((p) => p && p !== 'body')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
