import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateRenewalDecisionRequest,
  CreateVariationRequest,
  Handover,
  RenewalOverview,
  Termination,
  TerminateContractRequest,
  UpdateHandoverItemRequest,
  Variation,
  VariationOpinionRequest,
} from '@thirdline/shared/contracts/contract-exit.schemas';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { api } from '../../../api/client';

export type { Handover, RenewalOverview, Termination, Variation };

const CONTRACTS = '/contracts';
const of = (contractId: string, part: string) => `${CONTRACTS}/${contractId}/${part}`;

export function useVariations(contractId: string) {
  return useQuery({
    queryKey: [CONTRACTS, contractId, 'variations'],
    queryFn: () => api.get<{ items: Variation[] }>(of(contractId, 'variations')),
  });
}

export function useRenewal(contractId: string) {
  return useQuery({
    queryKey: [CONTRACTS, contractId, 'renewal-decisions'],
    queryFn: () => api.get<RenewalOverview>(of(contractId, 'renewal-decisions')),
  });
}

export function useTermination(contractId: string) {
  return useQuery({
    queryKey: [CONTRACTS, contractId, 'termination'],
    queryFn: () => api.get<{ termination: Termination | null }>(of(contractId, 'termination')),
  });
}

export function useHandover(contractId: string) {
  return useQuery({
    queryKey: [CONTRACTS, contractId, 'handover'],
    queryFn: () => api.get<Handover>(of(contractId, 'handover')),
  });
}

/** After any exit change: the contract (its status, amount, dates), its parts and its history. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [CONTRACTS] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

export function useRequestVariation(contractId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateVariationRequest) => api.post<Variation>(of(contractId, 'variations'), input),
    onSuccess,
  });
}

export function useGiveOpinion(contractId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ variationId, ...input }: VariationOpinionRequest & { variationId: string }) =>
      api.post<Variation>(`${of(contractId, 'variations')}/${variationId}/opinions`, input),
    onSuccess,
  });
}

export function useDecideRenewal(contractId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateRenewalDecisionRequest) => api.post(of(contractId, 'renewal-decisions'), input),
    onSuccess,
  });
}

export function useTerminate(contract: Contract) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: Omit<TerminateContractRequest, 'version'>) =>
      api.post<Termination>(of(contract.id, 'terminate'), { ...input, version: contract.version }),
    onSuccess,
  });
}

export function useSubmitFinalReport(contractId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: { version: number; report: string; fileId?: string | null }) =>
      api.post<Termination>(of(contractId, 'final-report'), input),
    onSuccess,
  });
}

export function useAddHandoverItem(contractId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (title: string) => api.post<Handover>(of(contractId, 'handover/items'), { title }),
    onSuccess,
  });
}

export function useUpdateHandoverItem(contractId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ itemId, ...input }: UpdateHandoverItemRequest & { itemId: string }) =>
      api.patch<Handover>(`${of(contractId, 'handover/items')}/${itemId}`, input),
    onSuccess,
  });
}

/** Uploads a file attached to the contract (evidence, final report); returns its id and name. */
export function useUploadContractFile(contractId: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('recordType', 'contract');
      form.append('recordId', contractId);
      form.append('file', file);
      return api.post<{ id: string; originalName: string }>('/files', form);
    },
  });
}
