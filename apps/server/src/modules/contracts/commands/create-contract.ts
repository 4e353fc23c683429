import type { CreateContractRequest } from '@thirdline/shared/contracts/contracts.schemas';
import { uuidv7 } from 'uuidv7';
import { nextReference } from '../../../db/references';
import { recordAudit } from '../../../platform/audit/audit';
import { requireContractPermission } from '../contracts.policy';
import { insertContractRow, replaceOtherVendors, type ContractRow } from '../contracts.repository';
import { checkContract } from './contract-rules';
import type { ContractCommandContext } from './context';

/** Links a new draft may carry that no request body sets (e.g. the sourcing request it came from). */
export interface ContractOrigin {
  sourcingRequestId?: string | null;
}

/** Creates a draft contract with the next `CT-YYYY-NNNN` reference (the year of the organisation's today). */
export async function createContract(
  c: ContractCommandContext,
  input: CreateContractRequest,
  origin: ContractOrigin = {},
): Promise<ContractRow> {
  requireContractPermission(c.actor, 'contracts:write');
  const otherVendorIds = input.otherVendorIds ?? [];
  const { templateVersion } = await checkContract(c.db, {
    vendorId: input.vendorId,
    type: input.type,
    startDate: input.startDate,
    endDate: input.endDate,
    noticePeriodDays: input.noticePeriodDays ?? 0,
    otherVendorIds,
    newVendorIds: [input.vendorId, ...otherVendorIds],
    departmentId: input.departmentId,
    projectManagerId: input.projectManagerId,
    parentContractId: input.parentContractId,
    templateId: input.templateId,
  });
  const now = c.audit.at;
  return c.db.transaction(async (tx) => {
    const { otherVendorIds: _others, ...fields } = input;
    const row = await insertContractRow(tx, {
      ...fields,
      id: uuidv7(),
      reference: await nextReference(tx, 'CT', Number(c.today.slice(0, 4))),
      serviceLocations: [...new Set(input.serviceLocations ?? [])],
      dataLocations: [...new Set(input.dataLocations ?? [])],
      templateVersion,
      sourcingRequestId: origin.sourcingRequestId ?? null,
      status: 'draft',
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await replaceOtherVendors(tx, row.id, otherVendorIds);
    await recordAudit(tx, c.audit, {
      action: 'contract.create',
      recordType: 'contract',
      recordId: row.id,
      after: { ...row, otherVendorIds },
    });
    return row;
  });
}
