import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { LocalName } from '../approvals/api';

/** Flow definition shapes (WORKFLOW-CONTRACT.md), until the shared workflow schemas are on main. */
export const ASSIGNEE_RULES = ['role-in-department', 'role', 'user', 'department-head', 'submitter-manager'] as const;
export const STAGE_MODES = ['one', 'all', 'any'] as const;
export const CONDITION_FIELDS = ['amount', 'riskLevel', 'vendorTier', 'department', 'category'] as const;
export const CONDITION_OPS = ['gte', 'lte', 'eq', 'in'] as const;
export const DUE_UNITS = ['hours', 'working-days'] as const;

export type AssigneeRule = (typeof ASSIGNEE_RULES)[number];

export interface Assignee {
  rule: AssigneeRule;
  role?: string;
  /** Several roles in parallel (e.g. legal + finance + technical review). */
  roles?: string[];
  userId?: string;
}

export interface StageCondition {
  field: (typeof CONDITION_FIELDS)[number];
  op: (typeof CONDITION_OPS)[number];
  value: string | number | boolean | (string | number)[];
}

export interface StageDefinition {
  key: string;
  name: LocalName;
  assignee: Assignee;
  mode: (typeof STAGE_MODES)[number];
  condition?: StageCondition | null;
  due?: { amount: number; unit: (typeof DUE_UNITS)[number] } | null;
  escalateTo?: Assignee | null;
}

export interface WorkflowDefinition {
  id: string;
  code: string;
  name: LocalName;
  recordType: string;
  enabled: boolean;
  version: number;
  stages: StageDefinition[];
  updatedAt: string;
}

export interface WorkflowDefinitionInput {
  version: number;
  name: LocalName;
  enabled: boolean;
  stages: StageDefinition[];
}

export const DEFINITIONS = '/workflow-definitions';

export function useWorkflowDefinitions() {
  return useQuery({
    queryKey: [DEFINITIONS],
    queryFn: () => api.get<{ items: WorkflowDefinition[] }>(DEFINITIONS),
  });
}

export function useSaveWorkflowDefinition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: WorkflowDefinitionInput }) =>
      api.put<WorkflowDefinition>(`${DEFINITIONS}/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [DEFINITIONS] }),
  });
}
