import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccessGrant,
  AccessGrantCreate,
  ContractDocument,
  ContractDocumentKind,
  ContractSigning,
  DocumentAccessEntry,
  SignContract,
} from '@thirdline/shared/contracts/contract-archive.schemas';
import { api, downloadUrl } from '../../../api/client';

export type { AccessGrant, ContractDocument, ContractDocumentKind, ContractSigning, DocumentAccessEntry, SignContract };

const CONTRACTS = '/contracts';
const key = (contractId: string, part: string) => [CONTRACTS, contractId, part] as const;

export interface DocumentList {
  items: ContractDocument[];
  total: number;
  canOpen: boolean;
  canSeeAccessLog: boolean;
  canManageGrants: boolean;
}

export function useContractDocuments(contractId: string, enabled = true) {
  return useQuery({
    queryKey: key(contractId, 'documents'),
    queryFn: () => api.get<DocumentList>(`${CONTRACTS}/${contractId}/documents`),
    enabled,
  });
}

/** The content link (opened in a new tab; the server checks the right and audits the open every time). */
export function documentContentUrl(contractId: string, documentId: string): string {
  return downloadUrl(`${CONTRACTS}/${contractId}/documents/${documentId}/content`);
}

export function useUploadDocument(contractId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; kind: ContractDocumentKind; note?: string }) => {
      const form = new FormData();
      form.append('kind', input.kind);
      if (input.note) form.append('note', input.note);
      form.append('file', input.file);
      return api.post<ContractDocument>(`${CONTRACTS}/${contractId}/documents`, form);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: key(contractId, 'documents') }),
  });
}

export function useAccessGrants(contractId: string, enabled: boolean) {
  return useQuery({
    queryKey: key(contractId, 'access-grants'),
    queryFn: () => api.get<{ items: AccessGrant[]; total: number }>(`${CONTRACTS}/${contractId}/access-grants`),
    enabled,
  });
}

export function useCreateGrant(contractId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AccessGrantCreate) => api.post<AccessGrant>(`${CONTRACTS}/${contractId}/access-grants`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: key(contractId, 'access-grants') }),
  });
}

export function useRevokeGrant(contractId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) => api.delete<void>(`${CONTRACTS}/${contractId}/access-grants/${grantId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: key(contractId, 'access-grants') }),
  });
}

export function useAccessLog(contractId: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...key(contractId, 'document-access'), page],
    queryFn: () =>
      api.get<{ items: DocumentAccessEntry[]; total: number; page: number; pageSize: number }>(
        `${CONTRACTS}/${contractId}/document-access`,
        { query: { page, pageSize: 20 } },
      ),
    enabled,
  });
}

export function useSignContract(contractId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignContract) => api.post<ContractSigning>(`${CONTRACTS}/${contractId}/sign`, input),
    // The contract itself (status, signedOn, version) and everything under it.
    onSuccess: () => client.invalidateQueries({ queryKey: [CONTRACTS, contractId] }),
  });
}
