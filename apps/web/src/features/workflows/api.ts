import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

import type {
  Assignee,
  Stage,
  StageCondition,
  UpdateWorkflowDefinition,
  WorkflowDefinition,
} from '@thirdline/shared/workflow/workflow.schemas';

export {
  ASSIGNEE_RULES,
  CONDITION_FIELDS,
  CONDITION_OPS,
  STAGE_MODES,
} from '@thirdline/shared/workflow/workflow.schemas';
export const DUE_UNITS = ['hours', 'working-days'] as const;

export type { Assignee, StageCondition, WorkflowDefinition };
export type StageDefinition = Stage;
export type WorkflowDefinitionInput = UpdateWorkflowDefinition;

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
