import type { UpdateSourcingRequest } from '@thirdline/shared/sourcing/sourcing.schemas';
import { EDITABLE_SOURCING_STATUSES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { recordAudit } from '../../../platform/audit/audit';
import { updateSourcingRequestRow, type SourcingRequestRow } from '../sourcing.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { requestingDepartment } from './create-sourcing-request';
import { lockForChange, requireStatus, touched } from './load';

/** Edits a draft or returned request (stale `version` → 409, other statuses → 409 with allowedNext). */
export async function updateSourcingRequest(
  c: SourcingCommandContext,
  id: string,
  input: UpdateSourcingRequest,
): Promise<SourcingRequestRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  const { version, departmentId, ...fields } = input;
  const department = departmentId ? await requestingDepartment(c, departmentId) : undefined;
  return c.db.transaction(async (tx) => {
    const before = await lockForChange(tx, c, id, version);
    requireStatus(before, EDITABLE_SOURCING_STATUSES);
    const set = Object.fromEntries(
      Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, v === '' ? null : v]),
    );
    const after = await updateSourcingRequestRow(tx, id, {
      ...set,
      ...(department ? { departmentId: department } : {}),
      ...touched(c, before),
    });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.update',
      recordType: 'sourcing-request',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
