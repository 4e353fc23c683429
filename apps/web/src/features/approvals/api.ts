import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/**
 * Shapes of the approval API (WORKFLOW-CONTRACT.md). Kept here until the shared workflow schemas exist on main.
 */
export interface LocalName {
  zh: string;
  en: string;
}
export interface PersonRef {
  id: string;
  displayName: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn';
export type StageStatus = 'waiting' | 'active' | 'approved' | 'rejected' | 'returned' | 'skipped';
export type TaskStatus = 'open' | 'approved' | 'rejected' | 'returned' | 'delegated' | 'cancelled';
export type Decision = 'approve' | 'reject' | 'return' | 'delegate' | 'comment';

export interface ApprovalSummary {
  id: string;
  reference: string;
  flowCode: string;
  flowName: LocalName;
  recordType: string;
  recordId: string;
  title: string;
  link: string;
  status: ApprovalStatus;
  submitter: PersonRef;
  currentStageName: LocalName | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface ApprovalTaskInStage {
  id: string;
  assignee: PersonRef;
  status: TaskStatus;
  comment: string | null;
  decidedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  exception: boolean;
}

export interface ApprovalStage {
  index: number;
  key: string;
  name: LocalName;
  mode: 'one' | 'all' | 'any';
  status: StageStatus;
  tasks: ApprovalTaskInStage[];
}

export interface TimelineEntry {
  at: string;
  actor: PersonRef | null;
  action: string;
  stageName: LocalName | null;
  comment: string | null;
}

export interface ApprovalDetail extends ApprovalSummary {
  stages: ApprovalStage[];
  timeline: TimelineEntry[];
  permissions: string[];
}

export interface ApprovalTask {
  id: string;
  approvalId: string;
  reference: string;
  title: string;
  link: string;
  recordType: string;
  flowName: LocalName;
  stageName: LocalName;
  submitter: PersonRef;
  status: TaskStatus;
  dueAt: string | null;
  overdue: boolean;
  createdAt: string;
  decidedAt: string | null;
  exception: boolean;
}

export interface TaskCount {
  open: number;
  overdue: number;
}

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

export function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
