import { allowedNextContractStatuses, type ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { noticeDeadlineOf } from '@thirdline/shared/contracts/contracts.schemas';
import type { Executor } from '../../db/client';
import { departmentNames, userDisplayNames } from '../org';
import { vendorNames } from '../vendors';
import { canReadContract, type ContractActor } from './contracts.policy';
import { otherVendorIdsOf, type ContractRow } from './contracts.repository';

/**
 * What a caller may do with a contract, one rule per part: the record itself adds 'edit'; drafting, archive, ledger
 * and exit add theirs ('submit', 'sign', 'terminate', …) with `addContractPermissions` in the module's index.
 */
export type ContractPermissionRule = (actor: ContractActor, contract: ContractRow) => string[];

const rules: ContractPermissionRule[] = [
  (actor, contract) => (contract.status === 'draft' && actor.permissions.has('contracts:write') ? ['edit'] : []),
];

export function addContractPermissions(rule: ContractPermissionRule): void {
  if (!rules.includes(rule)) rules.push(rule);
}

export function contractPermissions(actor: ContractActor, contract: ContractRow): string[] {
  if (!canReadContract(actor)) return [];
  return [...new Set(rules.flatMap((rule) => rule(actor, contract)))];
}

/** Contract rows as the API returns them; names of vendors, departments and people in four queries for the lot. */
export async function presentContracts(
  db: Executor,
  actor: ContractActor,
  rows: readonly ContractRow[],
): Promise<Contract[]> {
  const others = await otherVendorIdsOf(
    db,
    rows.map((r) => r.id),
  );
  const vendorIds = rows.flatMap((r) => [r.vendorId, ...(others.get(r.id) ?? [])]);
  const [vendors, departments, people] = await Promise.all([
    vendorNames(db, vendorIds),
    departmentNames(
      db,
      rows.map((r) => r.departmentId),
    ),
    userDisplayNames(
      db,
      rows.flatMap((r) => (r.projectManagerId ? [r.projectManagerId] : [])),
    ),
  ]);
  const vendorRef = (id: string) => ({ id, name: vendors.get(id) ?? '' });
  return rows.map((r) => {
    const status = r.status as ContractStatus;
    return {
      id: r.id,
      reference: r.reference,
      title: r.title,
      vendorId: r.vendorId,
      vendor: vendorRef(r.vendorId),
      otherVendors: (others.get(r.id) ?? []).map(vendorRef),
      type: r.type as Contract['type'],
      outsourcingCategory: r.outsourcingCategory as Contract['outsourcingCategory'],
      material: r.material,
      criticalFunction: r.criticalFunction,
      departmentId: r.departmentId,
      department: { id: r.departmentId, name: departments.get(r.departmentId) ?? '' },
      projectManagerId: r.projectManagerId,
      projectManager: r.projectManagerId
        ? { id: r.projectManagerId, displayName: people.get(r.projectManagerId) ?? '' }
        : null,
      amount: r.amount,
      currency: r.currency as Contract['currency'],
      taxRate: r.taxRate,
      startDate: r.startDate,
      endDate: r.endDate,
      autoRenewal: r.autoRenewal,
      noticePeriodDays: r.noticePeriodDays,
      noticeDeadline: noticeDeadlineOf(r.endDate, r.noticePeriodDays),
      governingLaw: r.governingLaw,
      disputeResolution: r.disputeResolution as Contract['disputeResolution'],
      disputeBody: r.disputeBody,
      serviceLocations: r.serviceLocations,
      dataLocations: r.dataLocations,
      dataClassification: r.dataClassification as Contract['dataClassification'],
      personalInformation: r.personalInformation,
      subcontracting: r.subcontracting as Contract['subcontracting'],
      description: r.description,
      status,
      allowedNext: [...allowedNextContractStatuses(status)],
      templateId: r.templateId,
      templateVersion: r.templateVersion,
      sourcingRequestId: r.sourcingRequestId,
      parentContractId: r.parentContractId,
      approvalId: r.approvalId,
      signedOn: r.signedOn,
      endedOn: r.endedOn,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
      permissions: contractPermissions(actor, r),
    };
  });
}

export async function presentContract(db: Executor, actor: ContractActor, row: ContractRow): Promise<Contract> {
  const [contract] = await presentContracts(db, actor, [row]);
  if (!contract) throw new Error('presenting a contract returned nothing');
  return contract;
}
