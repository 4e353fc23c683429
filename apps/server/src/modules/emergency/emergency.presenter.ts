import type { EmergencyAction } from '@thirdline/shared/emergency/emergency.schemas';
import type { Executor } from '../../db/client';
import { userDisplayNames } from '../org';
import { vendorNames } from '../vendors';
import type { EmergencyActionRow } from './emergency.repository';
import { emergencyPermissions, type EmergencyActor } from './emergency.policy';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Emergency actions as the API shows them; names of people and vendors are looked up once per page. */
export async function presentEmergencyActions(
  db: Executor,
  actor: EmergencyActor,
  rows: EmergencyActionRow[],
  now: Date,
): Promise<EmergencyAction[]> {
  const people = await userDisplayNames(
    db,
    rows.flatMap((r) => [r.createdBy, r.acknowledgedBy]).filter((id): id is string => id !== null),
  );
  const vendors = await vendorNames(
    db,
    rows.map((r) => r.vendorId).filter((id): id is string => id !== null),
  );
  const person = (id: string | null) => (id ? { id, displayName: people.get(id) ?? '—' } : null);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    description: r.description,
    reason: r.reason,
    actedAt: r.actedAt.toISOString(),
    reportDueAt: r.reportDueAt.toISOString(),
    status: r.status as EmergencyAction['status'],
    overdue: r.status === 'report-due' && r.reportDueAt < now,
    reportedLate: r.reportedAt !== null && r.reportedAt > r.reportDueAt,
    report: r.report,
    reportedAt: iso(r.reportedAt),
    acknowledgedAt: iso(r.acknowledgedAt),
    acknowledgedBy: person(r.acknowledgedBy),
    approvalId: r.approvalId,
    vendor: r.vendorId ? { id: r.vendorId, name: vendors.get(r.vendorId) ?? '—' } : null,
    contractRef: r.contractRef,
    projectRef: r.projectRef,
    departmentId: r.departmentId,
    reporter: person(r.createdBy) ?? { id: '00000000-0000-0000-0000-000000000000', displayName: '—' },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    permissions: emergencyPermissions(actor, r),
  }));
}
