import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Checklist,
  Clause,
  ContractTemplate,
  ContractTemplateDetail,
  CreateClauseRequest,
  CreateContractTemplateRequest,
  GiveOpinionRequest,
  ReviewActionResult,
  ReviewRound,
  SubmitContractRequest,
  TemplateVersion,
  UpdateChecklistRequest,
  UpdateClauseRequest,
  UpdateContractTemplateRequest,
} from '@thirdline/shared/contracts/drafting.schemas';
import type { Page } from '@thirdline/shared/http/list.schemas';
import { api } from '../../../api/client';

export const CLAUSES = '/clause-library';
export const TEMPLATES = '/contract-templates';
const CONTRACTS = '/contracts';

const checklistKey = (id: string) => [CONTRACTS, id, 'checklist'];
const reviewsKey = (id: string) => [CONTRACTS, id, 'reviews'];

export function useChecklist(contractId: string) {
  return useQuery({
    queryKey: checklistKey(contractId),
    queryFn: () => api.get<Checklist>(`${CONTRACTS}/${contractId}/checklist`),
  });
}

export function useReviewRounds(contractId: string) {
  return useQuery({
    queryKey: reviewsKey(contractId),
    queryFn: async () => (await api.get<{ rounds: ReviewRound[] }>(`${CONTRACTS}/${contractId}/reviews`)).rounds,
  });
}

/** After a change to a contract's drafting parts: the contract (status, version), its parts and its history. */
function useInvalidateContract() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [CONTRACTS] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

export function useSaveChecklist(contractId: string) {
  const invalidate = useInvalidateContract();
  return useMutation({
    mutationFn: (input: UpdateChecklistRequest) => api.put<Checklist>(`${CONTRACTS}/${contractId}/checklist`, input),
    onSuccess: invalidate,
  });
}

export function useSubmitContract(contractId: string) {
  const invalidate = useInvalidateContract();
  return useMutation({
    mutationFn: (input: SubmitContractRequest) =>
      api.post<ReviewActionResult>(`${CONTRACTS}/${contractId}/submit`, input),
    onSuccess: invalidate,
  });
}

export function useGiveOpinion(contractId: string) {
  const invalidate = useInvalidateContract();
  return useMutation({
    mutationFn: ({ reviewId, ...input }: GiveOpinionRequest & { reviewId: string }) =>
      api.post<ReviewActionResult>(`${CONTRACTS}/${contractId}/reviews/${reviewId}/opinion`, input),
    onSuccess: invalidate,
  });
}

/** Uploads a file attached to the contract (readable by whoever reads the contract); returns its id. */
export async function uploadContractFile(contractId: string, file: File): Promise<{ id: string }> {
  const form = new FormData();
  form.append('recordType', 'contract');
  form.append('recordId', contractId);
  form.append('file', file);
  return api.post<{ id: string }>('/files', form);
}

export function useClauses() {
  return useQuery({
    queryKey: [CLAUSES],
    queryFn: async () => (await api.get<{ items: Clause[] }>(CLAUSES)).items,
  });
}

export function useSaveClause() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: UpdateClauseRequest } | { id: null; body: CreateClauseRequest }) =>
      input.id ? api.put<Clause>(`${CLAUSES}/${input.id}`, input.body) : api.post<Clause>(CLAUSES, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CLAUSES] }),
  });
}

export function useTemplates(query: { page: number; pageSize: number; q?: string; type?: string }) {
  return useQuery({
    queryKey: [TEMPLATES, query],
    queryFn: () => api.get<Page<ContractTemplate>>(TEMPLATES, { query }),
  });
}

export function useTemplate(id: string | null) {
  return useQuery({
    queryKey: [TEMPLATES, id],
    queryFn: () => api.get<ContractTemplateDetail>(`${TEMPLATES}/${id}`),
    enabled: !!id,
  });
}

export function useTemplateVersion(id: string | null, version: number | null) {
  return useQuery({
    queryKey: [TEMPLATES, id, 'versions', version],
    queryFn: () => api.get<TemplateVersion>(`${TEMPLATES}/${id}/versions/${version}`),
    enabled: !!id && version !== null,
  });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input: { id: string; body: UpdateContractTemplateRequest } | { id: null; body: CreateContractTemplateRequest },
    ) =>
      input.id
        ? api.put<ContractTemplateDetail>(`${TEMPLATES}/${input.id}`, input.body)
        : api.post<ContractTemplateDetail>(TEMPLATES, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [TEMPLATES] }),
  });
}
