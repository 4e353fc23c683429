import type { UpdateContractRequest } from '@thirdline/shared/contracts/contracts.schemas';
import { allowedNextContractStatuses, type ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, versionConflict } from '../../../platform/errors/problem';
import { readableContract, requireContractPermission } from '../contracts.policy';
import {
  lockContract,
  otherVendorIdsOf,
  replaceOtherVendors,
  updateContractRow,
  type ContractRow,
  type NewContractRow,
} from '../contracts.repository';
import { checkContract } from './contract-rules';
import type { ContractCommandContext } from './context';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const unique = (values: readonly string[]) => [...new Set(values)];

/** 409 for a change to a contract that has left draft: its terms are then changed only by a variation. */
export function notEditable(status: string) {
  return conflict('Only a draft contract can be changed; later changes go through a variation.', 'contract_not_draft', {
    status,
    allowedNext: [...allowedNextContractStatuses(status as ContractStatus)],
  });
}

/**
 * Changes a draft contract's fields. The rules are checked on the values the change leaves; only newly named
 * vendors must not be terminated. A stale `version` or a contract past draft changes nothing (409).
 */
export async function updateContract(
  c: ContractCommandContext,
  id: string,
  input: UpdateContractRequest,
): Promise<ContractRow> {
  requireContractPermission(c.actor, 'contracts:write');
  const { version, otherVendorIds, ...fields } = input;
  return c.db.transaction(async (tx) => {
    const before = readableContract(c.actor, await lockContract(tx, id));
    if (before.version !== version) throw versionConflict();
    if (before.status !== 'draft') throw notEditable(before.status);
    const othersBefore = (await otherVendorIdsOf(tx, [id])).get(id) ?? [];
    const changes: Partial<NewContractRow> = {};
    for (const [key, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
      if (value === undefined) continue;
      const next = key === 'serviceLocations' || key === 'dataLocations' ? unique(value as string[]) : value;
      if (!same(next, before[key])) (changes as Record<string, unknown>)[key] = next;
    }
    const othersChanged = otherVendorIds !== undefined && !same(otherVendorIds, othersBefore);
    if (Object.keys(changes).length === 0 && !othersChanged) return before;
    const merged = { ...before, ...changes };
    const others = otherVendorIds ?? othersBefore;
    await checkContract(tx, {
      vendorId: merged.vendorId,
      type: merged.type,
      startDate: merged.startDate,
      endDate: merged.endDate,
      noticePeriodDays: merged.noticePeriodDays,
      otherVendorIds: others,
      newVendorIds: [
        ...(changes.vendorId ? [changes.vendorId] : []),
        ...others.filter((v) => !othersBefore.includes(v)),
      ],
      departmentId: changes.departmentId,
      projectManagerId: changes.projectManagerId,
      parentContractId: changes.parentContractId,
    });
    if (othersChanged) await replaceOtherVendors(tx, id, others);
    const after = await updateContractRow(tx, id, {
      ...changes,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.update',
      recordType: 'contract',
      recordId: id,
      before: { ...before, otherVendorIds: othersBefore },
      after: { ...after, otherVendorIds: others },
    });
    return after;
  });
}
