import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateEmergencyActionRequest,
  EmergencyAction,
  EmergencyStatus,
} from '@thirdline/shared/emergency/emergency.schemas';
import { api } from '../../api/client';

export const EMERGENCY_ACTIONS = '/emergency-actions';

export type { EmergencyAction, EmergencyStatus };

export function useEmergencyAction(id: string | undefined) {
  return useQuery({
    queryKey: [EMERGENCY_ACTIONS, id],
    queryFn: () => api.get<EmergencyAction>(`${EMERGENCY_ACTIONS}/${id}`),
    enabled: !!id,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [EMERGENCY_ACTIONS] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

export function useRecordEmergencyAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateEmergencyActionRequest) => api.post<EmergencyAction>(EMERGENCY_ACTIONS, input),
    onSuccess: invalidate,
  });
}

export function useSubmitEmergencyReport() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ action, report }: { action: EmergencyAction; report: string }) =>
      api.post<EmergencyAction>(`${EMERGENCY_ACTIONS}/${action.id}/report`, { version: action.version, report }),
    onSuccess: invalidate,
  });
}
