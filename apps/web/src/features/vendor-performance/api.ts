import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Campaign,
  CreateCampaignRequest,
  SaveSheetRequest,
  Sheet,
} from '@thirdline/shared/vendor-performance/campaigns.schemas';
import type { Grade, VendorActionKind } from '@thirdline/shared/vendor-performance/grades';
import type {
  CreateVendorActionRequest,
  VendorAction,
} from '@thirdline/shared/vendor-performance/vendor-actions.schemas';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

export const VENDOR_ACTIONS = '/vendor-actions';
export const CAMPAIGNS = '/re-evaluation-campaigns';

export type { Campaign, Grade, Sheet, VendorAction, VendorActionKind };

export interface CampaignVendor {
  vendor: { id: string; name: string; reference: string; tier: string };
  sheetsSubmitted: number;
  sheetsTotal: number;
  score: number | null;
  grade: Grade | null;
  suggestedActions: VendorActionKind[];
}

export interface VendorGrade {
  campaignId: string;
  campaignName: string;
  year: number;
  score: number;
  grade: Grade;
  closedAt: string;
}

function useInvalidate(key: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [key] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

export function useVendorAction(id: string | undefined) {
  return useQuery({
    queryKey: [VENDOR_ACTIONS, id],
    queryFn: () => api.get<VendorAction>(`${VENDOR_ACTIONS}/${id}`),
    enabled: !!id,
  });
}

export function useVendorActionsOf(vendorId: string) {
  return useQuery({
    queryKey: [VENDOR_ACTIONS, 'vendor', vendorId],
    queryFn: () =>
      api.get<Page<VendorAction>>(VENDOR_ACTIONS, {
        query: new URLSearchParams({ vendorId, pageSize: '50', sort: '-createdAt' }),
      }),
  });
}

export function useCreateVendorAction() {
  const invalidate = useInvalidate(VENDOR_ACTIONS);
  return useMutation({
    mutationFn: (input: CreateVendorActionRequest) => api.post<VendorAction>(VENDOR_ACTIONS, input),
    onSuccess: invalidate,
  });
}

export function useCloseVendorAction() {
  const invalidate = useInvalidate(VENDOR_ACTIONS);
  return useMutation({
    mutationFn: ({ action, note }: { action: VendorAction; note: string }) =>
      api.post<VendorAction>(`${VENDOR_ACTIONS}/${action.id}/close`, { version: action.version, note }),
    onSuccess: invalidate,
  });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: [CAMPAIGNS, id],
    queryFn: () => api.get<Campaign>(`${CAMPAIGNS}/${id}`),
    enabled: !!id,
  });
}

export function useCampaignVendors(id: string, page: number, sort: string) {
  return useQuery({
    queryKey: [CAMPAIGNS, id, 'vendors', page, sort],
    queryFn: () =>
      api.get<Page<CampaignVendor>>(`${CAMPAIGNS}/${id}/vendors`, {
        query: new URLSearchParams({ page: String(page), pageSize: '50', sort }),
      }),
  });
}

export function useMySheets(id: string, page: number) {
  return useQuery({
    queryKey: [CAMPAIGNS, id, 'sheets', page],
    queryFn: () =>
      api.get<Page<Sheet>>(`${CAMPAIGNS}/${id}/sheets`, {
        query: new URLSearchParams({ mine: 'true', page: String(page), pageSize: '50' }),
      }),
  });
}

export function useSheet(id: string | undefined, sheetId: string | undefined) {
  return useQuery({
    queryKey: [CAMPAIGNS, id, 'sheet', sheetId],
    queryFn: () => api.get<Sheet>(`${CAMPAIGNS}/${id}/sheets/${sheetId}`),
    enabled: !!id && !!sheetId,
  });
}

export function useCreateCampaign() {
  const invalidate = useInvalidate(CAMPAIGNS);
  return useMutation({
    mutationFn: (input: CreateCampaignRequest) => api.post<Campaign>(CAMPAIGNS, input),
    onSuccess: invalidate,
  });
}

export function useCloseCampaign() {
  const invalidate = useInvalidate(CAMPAIGNS);
  return useMutation({
    mutationFn: (campaign: Campaign) =>
      api.post<Campaign>(`${CAMPAIGNS}/${campaign.id}/close`, { version: campaign.version }),
    onSuccess: invalidate,
  });
}

export function useSaveSheet() {
  const invalidate = useInvalidate(CAMPAIGNS);
  return useMutation({
    mutationFn: ({ sheet, body }: { sheet: Sheet; body: Omit<SaveSheetRequest, 'version'> }) =>
      api.put<Sheet>(`${CAMPAIGNS}/${sheet.campaignId}/sheets/${sheet.id}`, { version: sheet.version, ...body }),
    onSuccess: invalidate,
  });
}

export function useVendorGrades(vendorId: string) {
  return useQuery({
    queryKey: [CAMPAIGNS, 'grades', vendorId],
    queryFn: () => api.get<{ items: VendorGrade[] }>(`/vendors/${vendorId}/re-evaluation-grades`),
  });
}

/** Active evaluation templates (a campaign copies one in; the re-evaluation default when none is picked). */
export function useTemplates() {
  return useQuery({
    queryKey: ['/evaluation-templates', 'active'],
    queryFn: () =>
      api.get<{ items: { id: string; name: string; version: number }[] }>('/evaluation-templates', {
        query: { active: 'true' },
      }),
  });
}
