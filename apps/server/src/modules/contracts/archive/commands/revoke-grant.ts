import { recordAudit } from '../../../../platform/audit/audit';
import { notFound } from '../../../../platform/errors/problem';
import { lockContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import type { ArchiveCommandContext } from '../archive-context';
import { findGrant, updateGrant } from '../archive.repository';

/** The director ends a grant before it expires (audited); the grant stays listed as revoked. */
export async function revokeAccessGrant(c: ArchiveCommandContext, contractId: string, grantId: string): Promise<void> {
  requireContractPermission(c.actor, 'contracts:archive');
  await c.db.transaction(async (tx) => {
    readableContract(c.actor, await lockContract(tx, contractId));
    const before = await findGrant(tx, contractId, grantId);
    if (!before || before.revokedAt !== null) throw notFound('No such grant.');
    const after = await updateGrant(tx, grantId, {
      revokedAt: c.audit.at,
      revokedBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.access-grant-revoke',
      recordType: 'contract',
      recordId: contractId,
      details: { grantId, userId: after.userId, role: after.role, expiresAt: after.expiresAt.toISOString() },
    });
  });
}
