import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckList,
  ContractLedgerItem,
  ContractLedgerPage,
  ContractTotals,
  CreateCheckRequest,
  CreateMilestoneRequest,
  CreatePaymentRequest,
  Milestone,
  MilestoneAcceptanceRequest,
  PaymentList,
  PaymentsByMonth,
  UpdateMilestoneRequest,
} from '@thirdline/shared/contracts/ledger.schemas';
import { api } from '../../../api/client';

export const CONTRACTS = '/contracts';

export type { CheckList, ContractLedgerItem, ContractTotals, Milestone, PaymentList, PaymentsByMonth };

/**
 * The ledger page as the list shows it (same query key as ListPage, so both share one request): its `byCurrency`
 * totals cover the whole filter.
 */
export function useLedgerPage(query: URLSearchParams) {
  return useQuery({
    queryKey: [CONTRACTS, 'list', query.toString()],
    queryFn: ({ signal }) => api.get<ContractLedgerPage>(CONTRACTS, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePaymentsByMonth(filter: URLSearchParams) {
  const query = new URLSearchParams(filter);
  query.delete('sort');
  return useQuery({
    queryKey: [CONTRACTS, 'payments-by-month', query.toString()],
    queryFn: ({ signal }) => api.get<PaymentsByMonth>(`${CONTRACTS}/payments-by-month`, { query, signal }),
  });
}

const part = (contractId: string, name: string) => [CONTRACTS, contractId, name] as const;

function useInvalidate(contractId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [CONTRACTS, contractId] });
    await queryClient.invalidateQueries({ queryKey: [CONTRACTS, 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

export function useMilestones(contractId: string) {
  return useQuery({
    queryKey: part(contractId, 'milestones'),
    queryFn: () => api.get<{ items: Milestone[] }>(`${CONTRACTS}/${contractId}/milestones`),
  });
}

export function useSaveMilestone(contractId: string) {
  const invalidate = useInvalidate(contractId);
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateMilestoneRequest | UpdateMilestoneRequest }) =>
      id
        ? api.patch<Milestone>(`${CONTRACTS}/${contractId}/milestones/${id}`, input)
        : api.post<Milestone>(`${CONTRACTS}/${contractId}/milestones`, input),
    onSuccess: invalidate,
  });
}

export function useAcceptMilestone(contractId: string) {
  const invalidate = useInvalidate(contractId);
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: MilestoneAcceptanceRequest }) =>
      api.post<Milestone>(`${CONTRACTS}/${contractId}/milestones/${id}/acceptance`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteMilestone(contractId: string) {
  const invalidate = useInvalidate(contractId);
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`${CONTRACTS}/${contractId}/milestones/${id}`),
    onSuccess: invalidate,
  });
}

export function usePayments(contractId: string) {
  return useQuery({
    queryKey: part(contractId, 'payments'),
    queryFn: () => api.get<PaymentList>(`${CONTRACTS}/${contractId}/payments`),
  });
}

export function useRecordPayment(contractId: string) {
  const invalidate = useInvalidate(contractId);
  return useMutation({
    mutationFn: (input: CreatePaymentRequest) => api.post(`${CONTRACTS}/${contractId}/payments`, input),
    onSuccess: invalidate,
  });
}

export function useChecks(contractId: string) {
  return useQuery({
    queryKey: part(contractId, 'checks'),
    queryFn: () => api.get<CheckList>(`${CONTRACTS}/${contractId}/checks`),
  });
}

export function useRecordCheck(contractId: string) {
  const invalidate = useInvalidate(contractId);
  return useMutation({
    mutationFn: (input: CreateCheckRequest) => api.post(`${CONTRACTS}/${contractId}/checks`, input),
    onSuccess: invalidate,
  });
}

export function useSetCheckInterval(contractId: string) {
  const invalidate = useInvalidate(contractId);
  return useMutation({
    mutationFn: (intervalMonths: number) => api.put(`${CONTRACTS}/${contractId}/check-schedule`, { intervalMonths }),
    onSuccess: invalidate,
  });
}
