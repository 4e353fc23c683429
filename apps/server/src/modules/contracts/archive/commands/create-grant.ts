import type { AccessGrantCreate } from '@thirdline/shared/contracts/contract-archive.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { unprocessable } from '../../../../platform/errors/problem';
import { activeUserExists } from '../../../org';
import { lockContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import type { ArchiveCommandContext } from '../archive-context';
import { insertGrant, type AccessGrantRow } from '../archive.repository';

/** The director lets a user, or everyone with a role, open the contract's documents until `expiresAt` (audited). */
export async function createAccessGrant(
  c: ArchiveCommandContext,
  contractId: string,
  input: AccessGrantCreate,
): Promise<AccessGrantRow> {
  requireContractPermission(c.actor, 'contracts:archive');
  const expiresAt = new Date(input.expiresAt);
  if (expiresAt <= c.audit.at) {
    throw unprocessable('The grant must expire in the future.', 'grant_expiry_past', {
      errors: [{ path: 'expiresAt', message: 'Must be in the future.' }],
    });
  }
  return c.db.transaction(async (tx) => {
    readableContract(c.actor, await lockContract(tx, contractId));
    if (input.userId !== undefined && !(await activeUserExists(tx, input.userId))) {
      throw unprocessable('No such active user.', 'unknown_user', {
        errors: [{ path: 'userId', message: 'No such active user.' }],
      });
    }
    const row = await insertGrant(tx, {
      id: uuidv7(),
      contractId,
      userId: input.userId ?? null,
      role: input.role ?? null,
      expiresAt,
      reason: input.reason,
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.access-grant',
      recordType: 'contract',
      recordId: contractId,
      details: { grantId: row.id, userId: row.userId, role: row.role, expiresAt: input.expiresAt, reason: row.reason },
    });
    return row;
  });
}
