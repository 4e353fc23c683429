import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import type { CreateContractRequest, UpdateContractRequest } from '@thirdline/shared/contracts/contracts.schemas';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

export const CONTRACTS = '/contracts';

export type { Contract };
export type ContractInput = CreateContractRequest | Omit<UpdateContractRequest, 'version'>;

export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: [CONTRACTS, id],
    queryFn: () => api.get<Contract>(`${CONTRACTS}/${id}`),
    enabled: !!id,
  });
}

/** A vendor's contracts, newest first (the ledger list filtered by vendor; framework co-vendors included). */
export function useVendorContracts(vendorId: string, page: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [CONTRACTS, 'by-vendor', vendorId, page],
    queryFn: () => api.get<Page<Contract>>(CONTRACTS, { query: { vendorId, page, pageSize: 10, sort: '-createdAt' } }),
  });
}

/** Creates a draft (no `contract`) or changes one with the version it was read at. */
export function useSaveContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, input }: { contract?: Contract | null; input: ContractInput }) =>
      contract
        ? api.patch<Contract>(`${CONTRACTS}/${contract.id}`, { version: contract.version, ...input })
        : api.post<Contract>(CONTRACTS, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [CONTRACTS] });
      await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
    },
  });
}
