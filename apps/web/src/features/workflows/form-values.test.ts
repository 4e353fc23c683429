import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from './api';
import { namePathOf, toInput, toValues } from './form-values';

const definition: WorkflowDefinition = {
  id: '0195f0a0-0000-7000-8000-000000000001',
  code: 'contract',
  name: { zh: '合同审批', en: 'Contract approval' },
  recordType: 'contract',
  enabled: true,
  version: 3,
  updatedAt: '2026-11-25T10:00:00.000Z',
  stages: [
    {
      key: 'review',
      name: { zh: '会审', en: 'Review' },
      assignee: { rule: 'role', roles: ['legal', 'finance'] },
      mode: 'all',
      due: { amount: 3, unit: 'working-days' },
      escalateTo: { rule: 'role', role: 'director' },
    },
    {
      key: 'executive',
      name: { zh: '总经理审批', en: 'Executive' },
      assignee: { rule: 'user', userId: '0195f0a0-0000-7000-8000-000000000002' },
      mode: 'one',
      condition: { field: 'amount', op: 'gte', value: 500000 },
    },
  ],
};

describe('flow definition form values', () => {
  it('round-trips a definition unchanged', () => {
    const { id: _id, code: _code, recordType: _type, updatedAt: _at, ...rest } = definition;
    expect(toInput(toValues(definition), definition.version)).toEqual(rest);
  });

  it('keeps one role as `role`, several as `roles`, and drops parts the rule does not use', () => {
    const values = toValues(definition);
    values.stages[0]!.assignee.roles = ['legal'];
    values.stages[1]!.assignee = { rule: 'department-head', roles: ['finance'], userId: 'x' };
    values.stages[1]!.escalateTo = {};
    const input = toInput(values, 3);
    expect(input.stages[0]!.assignee).toEqual({ rule: 'role', role: 'legal' });
    expect(input.stages[1]!.assignee).toEqual({ rule: 'department-head' });
    expect(input.stages[1]!.escalateTo).toBeUndefined();
  });

  it('types condition values: numbers for amounts, lists for "in", no condition without a field', () => {
    const values = toValues(definition);
    values.stages[1]!.condition = { field: 'amount', op: 'gte', value: ' 1000000 ' };
    values.stages[0]!.condition = { field: 'vendorTier', op: 'in', value: 'critical，high, ' };
    let input = toInput(values, 3);
    expect(input.stages[1]!.condition).toEqual({ field: 'amount', op: 'gte', value: 1000000 });
    expect(input.stages[0]!.condition).toEqual({ field: 'vendorTier', op: 'in', value: ['critical', 'high'] });
    values.stages[1]!.condition = { op: 'gte', value: '5' };
    values.stages[0]!.due = { unit: 'hours', amount: null };
    input = toInput(values, 3);
    expect(input.stages[1]!.condition).toBeUndefined();
    expect(input.stages[0]!.due).toBeUndefined();
  });

  it('turns server error paths into form name paths', () => {
    expect(namePathOf('body.stages.1.assignee.role')).toEqual(['stages', 1, 'assignee', 'role']);
    expect(namePathOf('name.zh')).toEqual(['name', 'zh']);
  });
});
