import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  contactSchema,
  dueDiligenceSchema,
  financialSchema,
  qualificationSchema,
  referenceSchema,
  subcontractorSchema,
  vendorDetailSchema,
  violationSchema,
} from '@thirdline/shared/vendors/vendor-records.schemas';
import type {
  CreateVendorRequest,
  similarVendorSchema,
  subcontractorTreeSchema,
  Vendor,
  VendorSummary,
} from '@thirdline/shared/vendors/vendors.schemas';
import type { VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import type { z } from 'zod';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

export const VENDORS = '/vendors';

export type { Vendor, VendorStatus, VendorSummary };
export type VendorDetail = z.infer<typeof vendorDetailSchema>;
export type SimilarVendor = z.infer<typeof similarVendorSchema>;
export type SubcontractorTree = z.infer<typeof subcontractorTreeSchema>;
export type VendorInput = Partial<CreateVendorRequest>;
export type Contact = z.infer<typeof contactSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Qualification = z.infer<typeof qualificationSchema>;
export type Financial = z.infer<typeof financialSchema>;
export type DueDiligence = z.infer<typeof dueDiligenceSchema>;
export type Violation = z.infer<typeof violationSchema>;
export type Subcontractor = z.infer<typeof subcontractorSchema>;

/** The sub-resource paths under `/vendors/{id}/`. */
export type RecordPath =
  'contacts' | 'references' | 'qualifications' | 'financials' | 'due-diligence' | 'violations' | 'subcontractors';

export interface VendorRecord {
  id: string;
  version: number;
}

export function useVendor(id: string | undefined) {
  return useQuery({
    queryKey: [VENDORS, id],
    queryFn: () => api.get<VendorDetail>(`${VENDORS}/${id}`),
    enabled: !!id,
  });
}

export function useVendorSummary() {
  return useQuery({ queryKey: [VENDORS, 'summary'], queryFn: () => api.get<VendorSummary>(`${VENDORS}/summary`) });
}

/** Vendors whose name is close to `name` (duplicate warning while typing). */
export function useSimilarVendors(name: string) {
  const trimmed = name.trim();
  return useQuery({
    queryKey: [VENDORS, 'similar', trimmed],
    queryFn: ({ signal }) => api.get<SimilarVendor[]>(`${VENDORS}/similar`, { query: { name: trimmed }, signal }),
    enabled: trimmed.length >= 2,
    staleTime: 30_000,
  });
}

/** Vendors matching a search, for pickers. */
export function useVendorSearch(q: string) {
  return useQuery({
    queryKey: [VENDORS, 'search', q],
    queryFn: () => api.get<Page<Vendor>>(VENDORS, { query: { q: q || undefined, pageSize: 20, sort: 'name' } }),
  });
}

function useInvalidateVendors() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [VENDORS] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

export function useSaveVendor() {
  const invalidate = useInvalidateVendors();
  return useMutation({
    mutationFn: ({ vendor, input }: { vendor?: Vendor | null; input: VendorInput }) =>
      vendor
        ? api.patch<Vendor>(`${VENDORS}/${vendor.id}`, { version: vendor.version, ...input })
        : api.post<Vendor>(VENDORS, input),
    onSuccess: invalidate,
  });
}

export function useTransitionVendor() {
  const invalidate = useInvalidateVendors();
  return useMutation({
    mutationFn: ({ vendor, to, reason }: { vendor: Vendor; to: VendorStatus; reason: string }) =>
      api.post<Vendor>(`${VENDORS}/${vendor.id}/transitions`, { to, reason, version: vendor.version }),
    onSuccess: invalidate,
  });
}

/** Starts the vendor-approval flow (POST /vendors/{id}/approval-requests). */
export function useRequestVendorApproval() {
  const invalidate = useInvalidateVendors();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vendor, comment }: { vendor: Vendor; comment?: string }) =>
      api.post<{ approvalId: string }>(`${VENDORS}/${vendor.id}/approval-requests`, comment ? { comment } : {}),
    onSuccess: async () => {
      await invalidate();
      await queryClient.invalidateQueries({ queryKey: ['/approvals'] });
    },
  });
}

export function useVendorRecords<T>(vendorId: string, path: RecordPath) {
  return useQuery({
    queryKey: [VENDORS, vendorId, path],
    queryFn: () => api.get<T[]>(`${VENDORS}/${vendorId}/${path}`),
  });
}

/** Creates (no `record`) or updates (PATCH with the version read) one record under a vendor. */
export function useSaveVendorRecord<T extends VendorRecord>(vendorId: string, path: RecordPath) {
  const invalidate = useInvalidateVendors();
  return useMutation({
    mutationFn: ({ record, input }: { record?: T | null; input: Record<string, unknown> }) =>
      record
        ? api.patch<T>(`${VENDORS}/${vendorId}/${path}/${record.id}`, { version: record.version, ...input })
        : api.post<T>(`${VENDORS}/${vendorId}/${path}`, input),
    onSuccess: invalidate,
  });
}

export function useSubcontractorTree(vendorId: string) {
  return useQuery({
    queryKey: [VENDORS, vendorId, 'subcontractor-tree'],
    queryFn: () => api.get<SubcontractorTree>(`${VENDORS}/${vendorId}/subcontractor-tree`),
  });
}
