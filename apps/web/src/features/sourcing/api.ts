import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddCandidateRequest,
  Candidate,
  RecordProposalRequest,
} from '@thirdline/shared/sourcing/candidates.schemas';
import type {
  RequirementDiff,
  RequirementVersion,
  SaveRequirementsRequest,
  SaveScopeRequest,
  Scope,
} from '@thirdline/shared/sourcing/requirements.schemas';
import type {
  CreateSourcingRequest,
  SourcingRequest,
  TransitionSourcingRequest,
  UpdateSourcingRequest,
} from '@thirdline/shared/sourcing/sourcing.schemas';
import { api } from '../../api/client';

export const SOURCING_REQUESTS = '/sourcing-requests';

export type { Candidate, RequirementDiff, RequirementVersion, Scope, SourcingRequest };

const one = (id: string | undefined) => `${SOURCING_REQUESTS}/${id}`;

export function useSourcingRequest(id: string | undefined) {
  return useQuery({
    queryKey: [SOURCING_REQUESTS, id],
    queryFn: () => api.get<SourcingRequest>(one(id)),
    enabled: !!id,
  });
}

export function useRequirementVersions(id: string) {
  return useQuery({
    queryKey: [SOURCING_REQUESTS, id, 'requirements'],
    queryFn: () => api.get<{ versions: RequirementVersion[] }>(`${one(id)}/requirements`),
  });
}

export function useRequirementDiff(id: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [SOURCING_REQUESTS, id, 'requirements', 'diff', from, to],
    queryFn: () => api.get<RequirementDiff>(`${one(id)}/requirements/diff`, { query: { from, to } }),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}

export function useScope(id: string) {
  return useQuery({
    queryKey: [SOURCING_REQUESTS, id, 'scope'],
    queryFn: () => api.get<{ scope: Scope | null }>(`${one(id)}/scope`),
  });
}

export function useCandidates(id: string) {
  return useQuery({
    queryKey: [SOURCING_REQUESTS, id, 'candidates'],
    queryFn: () => api.get<{ items: Candidate[] }>(`${one(id)}/candidates`),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [SOURCING_REQUESTS] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

/** A POST/PUT/PATCH on a request or one of its parts that refreshes everything about requests afterwards. */
function useSourcingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: fn, onSuccess: invalidate });
}

export const useCreateSourcingRequest = () =>
  useSourcingMutation((input: CreateSourcingRequest) => api.post<SourcingRequest>(SOURCING_REQUESTS, input));

export const useUpdateSourcingRequest = () =>
  useSourcingMutation(({ id, ...input }: UpdateSourcingRequest & { id: string }) =>
    api.patch<SourcingRequest>(one(id), input),
  );

export const useSubmitSourcingRequest = () =>
  useSourcingMutation((r: SourcingRequest) => api.post<SourcingRequest>(`${one(r.id)}/submit`, { version: r.version }));

export const useTransitionSourcingRequest = () =>
  useSourcingMutation(({ id, ...input }: TransitionSourcingRequest & { id: string }) =>
    api.post<SourcingRequest>(`${one(id)}/transition`, input),
  );

export const useSaveRequirements = (id: string) =>
  useSourcingMutation((input: SaveRequirementsRequest) =>
    api.put<RequirementVersion>(`${one(id)}/requirements`, input),
  );

export const useConfirmRequirements = (id: string) =>
  useSourcingMutation((n: number) => api.post<RequirementVersion>(`${one(id)}/requirements/${n}/confirm`, {}));

export const useSaveScope = (id: string) =>
  useSourcingMutation((input: SaveScopeRequest) => api.put<Scope>(`${one(id)}/scope`, input));

export const useConfirmScope = (id: string) =>
  useSourcingMutation((version: number) => api.post<Scope>(`${one(id)}/scope/confirm`, { version }));

export const useAddCandidate = (id: string) =>
  useSourcingMutation((input: AddCandidateRequest) => api.post<Candidate>(`${one(id)}/candidates`, input));

export const useRecordProposal = (id: string) =>
  useSourcingMutation((input: Partial<RecordProposalRequest>) => api.post(`${one(id)}/proposals`, input));
