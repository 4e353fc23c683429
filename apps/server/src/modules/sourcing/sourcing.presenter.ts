import type { Candidate } from '@thirdline/shared/sourcing/candidates.schemas';
import type { RequirementVersion, Scope, WbsNode } from '@thirdline/shared/sourcing/requirements.schemas';
import { allowedNextSourcingStatuses, type SourcingStatus } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import type { SourcingRequest } from '@thirdline/shared/sourcing/sourcing.schemas';
import type { Executor } from '../../db/client';
import { findFile } from '../../platform/storage/files.repository';
import { departmentNames, userDisplayNames } from '../org';
import { vendorNames } from '../vendors';
import type { CandidateRow, ProposalRow } from './candidates.repository';
import type { RequirementVersionRow, ScopeRow } from './spec.repository';
import type { SourcingRequestRow } from './sourcing.repository';
import { departmentHeadId, sourcingPermissions, type SourcingActor } from './sourcing.policy';
import type { StoredWbsNode } from './sourcing.table';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type People = Map<string, string>;
const personOf = (people: People) => (id: string | null) => (id ? { id, displayName: people.get(id) ?? '—' } : null);

/** Sourcing requests as the API shows them; names are looked up once per page. */
export async function presentSourcingRequests(
  db: Executor,
  actor: SourcingActor,
  rows: SourcingRequestRow[],
): Promise<SourcingRequest[]> {
  const departmentIds = [...new Set(rows.map((r) => r.departmentId))];
  const [departments, people, vendors] = await Promise.all([
    departmentNames(db, departmentIds),
    userDisplayNames(
      db,
      rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])),
    ),
    vendorNames(
      db,
      rows.flatMap((r) => (r.awardedVendorId ? [r.awardedVendorId] : [])),
    ),
  ]);
  const heads = new Map(
    await Promise.all(departmentIds.map(async (id) => [id, await departmentHeadId(db, id)] as const)),
  );
  const person = personOf(people);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    department: { id: r.departmentId, name: departments.get(r.departmentId) ?? '—' },
    background: r.background,
    goals: r.goals,
    expectedOutcome: r.expectedOutcome,
    budgetAmount: r.budgetAmount,
    budgetCurrency: r.budgetCurrency as SourcingRequest['budgetCurrency'],
    budgetRateToCny: r.budgetRateToCny,
    budgetAmountCny: r.budgetAmountCny,
    otherResources: r.otherResources,
    functionalNeeds: r.functionalNeeds,
    serviceLevelNeeds: r.serviceLevelNeeds,
    outsourcingCategory: r.outsourcingCategory as SourcingRequest['outsourcingCategory'],
    urgency: r.urgency as SourcingRequest['urgency'],
    riskLevel: r.riskLevel as SourcingRequest['riskLevel'],
    status: r.status as SourcingStatus,
    allowedNext: [...allowedNextSourcingStatuses(r.status as SourcingStatus)],
    approvalId: r.approvalId,
    awardedVendor: r.awardedVendorId ? { id: r.awardedVendorId, name: vendors.get(r.awardedVendorId) ?? '—' } : null,
    evaluationId: r.evaluationId,
    awardedAt: iso(r.awardedAt),
    cancelReason: r.cancelReason,
    requester: person(r.createdBy) ?? { id: '00000000-0000-0000-0000-000000000000', displayName: '—' },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    permissions: sourcingPermissions(actor, r, heads.get(r.departmentId) ?? null),
  }));
}

export async function presentRequirementVersions(
  db: Executor,
  rows: RequirementVersionRow[],
): Promise<RequirementVersion[]> {
  const person = personOf(
    await userDisplayNames(
      db,
      rows.flatMap((r) => [r.createdBy, r.confirmedBy]).filter((id): id is string => id !== null),
    ),
  );
  return rows.map((r) => ({
    number: r.number,
    note: r.note,
    items: r.items,
    createdAt: r.createdAt.toISOString(),
    createdBy: person(r.createdBy),
    confirmedAt: iso(r.confirmedAt),
    confirmedBy: person(r.confirmedBy),
  }));
}

function wbsOwners(nodes: readonly StoredWbsNode[]): string[] {
  return nodes.flatMap((n) => [n.ownerId, ...wbsOwners(n.children)]);
}

export async function presentScope(db: Executor, row: ScopeRow): Promise<Scope> {
  const person = personOf(
    await userDisplayNames(db, [...wbsOwners(row.wbs), ...(row.confirmedBy ? [row.confirmedBy] : [])]),
  );
  const node = (n: StoredWbsNode): WbsNode => ({
    code: n.code,
    name: n.name,
    owner: person(n.ownerId) as WbsNode['owner'],
    deliverable: n.deliverable,
    children: n.children.map(node),
  });
  return {
    objectives: row.objectives,
    deliverables: row.deliverables,
    inScope: row.inScope,
    outOfScope: row.outOfScope,
    milestones: row.milestones,
    wbs: row.wbs.map(node),
    confirmedAt: iso(row.confirmedAt),
    confirmedBy: person(row.confirmedBy),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function presentCandidates(
  db: Executor,
  candidates: CandidateRow[],
  proposals: ProposalRow[],
): Promise<Candidate[]> {
  const [vendors, people] = await Promise.all([
    vendorNames(
      db,
      candidates.map((c) => c.vendorId),
    ),
    userDisplayNames(
      db,
      proposals.flatMap((p) => (p.createdBy ? [p.createdBy] : [])),
    ),
  ]);
  const files = new Map<string, { id: string; name: string; sizeBytes: number }>();
  for (const id of new Set(proposals.flatMap((p) => p.fileIds))) {
    const file = await findFile(db, id);
    if (file) files.set(id, { id, name: file.originalName, sizeBytes: file.sizeBytes });
  }
  const person = personOf(people);
  return candidates.map((c) => ({
    id: c.id,
    vendor: { id: c.vendorId, name: vendors.get(c.vendorId) ?? '—' },
    invitedAt: c.invitedAt.toISOString(),
    responseDeadline: c.responseDeadline,
    note: c.note,
    proposals: proposals
      .filter((p) => p.candidateId === c.id)
      .map((p) => ({
        id: p.id,
        vendorId: c.vendorId,
        price: p.price,
        currency: p.currency as Candidate['proposals'][number]['currency'],
        documents: p.fileIds.flatMap((id) => {
          const f = files.get(id);
          return f ? [f] : [];
        }),
        notes: p.notes,
        receivedAt: p.receivedAt.toISOString(),
        late: p.late,
        recordedBy: person(p.createdBy),
      })),
  }));
}
