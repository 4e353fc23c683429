import type { VendorAction } from '@thirdline/shared/vendor-performance/vendor-actions.schemas';
import type { Executor } from '../../../db/client';
import { userDisplayNames } from '../../org';
import { vendorNames } from '../../vendors';
import { campaignNames } from '../campaigns/campaigns.repository';
import { vendorActionPermissions, type PerformanceActor } from '../vendor-performance.policy';
import type { VendorActionRow } from './vendor-actions.repository';

const NO_ONE = '00000000-0000-0000-0000-000000000000';
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Vendor actions as the API shows them; names of people, vendors and campaigns are looked up once per page. */
export async function presentVendorActions(
  db: Executor,
  actor: PerformanceActor,
  rows: VendorActionRow[],
  today: string,
): Promise<VendorAction[]> {
  const ids = (pick: (r: VendorActionRow) => string | null) => rows.map(pick).filter((id): id is string => id !== null);
  const [people, vendors, campaigns] = await Promise.all([
    userDisplayNames(
      db,
      ids((r) => r.createdBy),
    ),
    vendorNames(
      db,
      ids((r) => r.vendorId),
    ),
    campaignNames(
      db,
      ids((r) => r.campaignId),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    vendor: { id: r.vendorId, name: vendors.get(r.vendorId) ?? '—' },
    kind: r.kind as VendorAction['kind'],
    reason: r.reason,
    deadline: r.deadline,
    overdue: r.status === 'approved' && r.deadline !== null && r.deadline < today,
    amount: r.amount,
    currency: r.currency,
    campaign: r.campaignId ? { id: r.campaignId, name: campaigns.get(r.campaignId) ?? '—' } : null,
    grade: r.grade as VendorAction['grade'],
    status: r.status as VendorAction['status'],
    approvalId: r.approvalId,
    decidedAt: iso(r.decidedAt),
    closedAt: iso(r.closedAt),
    closingNote: r.closingNote,
    requestedBy: { id: r.createdBy ?? NO_ONE, displayName: (r.createdBy && people.get(r.createdBy)) || '—' },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    permissions: vendorActionPermissions(actor, r),
  }));
}
