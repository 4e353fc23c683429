import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ApprovalDetail,
  ApprovalSummary,
  ApprovalTask,
  Decision,
  LocalizedName,
  approvalDetailSchema,
  approvalTaskCountSchema,
} from '@thirdline/shared/workflow/workflow.schemas';
import type { z } from 'zod';

export type { ApprovalDetail, ApprovalSummary, ApprovalTask, Decision };
export type LocalName = LocalizedName;
export type ApprovalStage = ApprovalDetail['stages'][number];
export type ApprovalTaskInStage = ApprovalStage['tasks'][number];
export type TimelineEntry = z.infer<typeof approvalDetailSchema>['timeline'][number];
export type TaskCount = z.infer<typeof approvalTaskCountSchema>;

export const APPROVALS = '/approvals';
export const TASKS = '/approval-tasks';
const COUNT_KEY = [TASKS, 'count'] as const;

/** Open and overdue tasks of the caller (inbox badge); refreshed every minute and after each decision. */
export function useTaskCount(enabled = true) {
  return useQuery({
    queryKey: COUNT_KEY,
    queryFn: () => api.get<TaskCount>(`${TASKS}/count`),
    refetchInterval: 60_000,
    enabled,
  });
}

export function useApproval(id: string | undefined) {
  return useQuery({
    queryKey: [APPROVALS, id],
    queryFn: () => api.get<ApprovalDetail>(`${APPROVALS}/${id}`),
    enabled: !!id,
  });
}

/** After any change to an approval: its page, the lists, the badge and the records that follow it. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return async (detail?: ApprovalDetail) => {
    if (detail) queryClient.setQueryData([APPROVALS, detail.id], detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: [APPROVALS] }),
      queryClient.invalidateQueries({ queryKey: [TASKS] }),
      queryClient.invalidateQueries({ queryKey: ['/vendors'] }),
      queryClient.invalidateQueries({ queryKey: ['/audit-events'] }),
    ]);
  };
}

export interface DecisionInput {
  taskId: string;
  decision: Decision;
  comment?: string;
  delegateTo?: string;
  /** One key per decision the user makes, so a retried request returns the first result. */
  idempotencyKey: string;
}

export function useDecide() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: ({ taskId, idempotencyKey, ...body }: DecisionInput) =>
      api.post<ApprovalDetail>(`${TASKS}/${taskId}/decisions`, body, {
        headers: { 'idempotency-key': idempotencyKey },
      }),
    onSuccess: (detail) => after(detail),
    // A 409 (already decided) also means the page is out of date.
    onError: () => after(),
  });
}

export function useApprovalAction(action: 'withdraw' | 'resubmit') {
  const after = useAfterChange();
  return useMutation({
    mutationFn: ({ id, comment }: { id: string; comment?: string }) =>
      api.post<ApprovalDetail>(`${APPROVALS}/${id}/${action}`, comment ? { comment } : {}),
    onSuccess: (detail) => after(detail),
    onError: () => after(),
  });
}

/** Workflow managers move an open task to someone else (e.g. the assignee left). */
export function useReassign() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: ({ taskId, assigneeId, comment }: { taskId: string; assigneeId: string; comment?: string }) =>
      api.post<ApprovalDetail>(`${TASKS}/${taskId}/reassign`, { assigneeId, ...(comment ? { comment } : {}) }),
    onSuccess: (detail) => after(detail),
    onError: () => after(),
  });
}

export function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
