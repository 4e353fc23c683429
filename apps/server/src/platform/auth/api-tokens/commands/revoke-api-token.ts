import type { Db } from '../../../../db/client';
import { recordAudit, type AuditContext } from '../../../audit/audit';
import { notFound } from '../../../errors/problem';
import type { Actor } from '../../actor';
import { findTokenOfUser, markRevoked } from '../api-tokens.repository';

/** Revokes one of the caller's own tokens (another user's token answers 404). Revoking twice changes nothing. */
export async function revokeApiToken(db: Db, actor: Actor, id: string, audit: AuditContext): Promise<void> {
  await db.transaction(async (tx) => {
    const token = await findTokenOfUser(tx, actor.userId, id);
    if (!token) throw notFound('No such API token.');
    const revoked = await markRevoked(tx, id, audit.at);
    if (!revoked) return;
    await recordAudit(tx, audit, {
      action: 'api-token.revoke',
      recordType: 'api-token',
      recordId: id,
      before: { revokedAt: null },
      after: { revokedAt: revoked.revokedAt },
    });
  });
}
