import { API_TOKEN_MAX_DAYS, type CreateApiTokenRequest } from '@thirdline/shared/api-tokens/api-tokens.schemas';
import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../../../db/client';
import { recordAudit, type AuditContext } from '../../../audit/audit';
import { badRequest, forbidden } from '../../../errors/problem';
import type { Actor } from '../../actor';
import { newSecret, sha256Hex } from '../../tokens';
import { insertApiToken, type ApiTokenRecord } from '../api-tokens.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Issues a token for the caller: permissions no wider than the caller's own, an expiry within 366 days.
 * Only its SHA-256 is stored; the secret is returned once.
 */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: CreateApiTokenRequest,
  audit: AuditContext,
): Promise<{ token: ApiTokenRecord; secret: string }> {
  const now = audit.at;
  const expiresAt = new Date(input.expiresAt);
  if (expiresAt.getTime() <= now.getTime()) {
    throw badRequest(
      'The expiry must be in the future.',
      [{ path: 'expiresAt', message: 'must be in the future' }],
      'invalid_expiry',
    );
  }
  if (expiresAt.getTime() - now.getTime() > API_TOKEN_MAX_DAYS * DAY_MS) {
    throw badRequest(
      `A token may live at most ${API_TOKEN_MAX_DAYS} days.`,
      [{ path: 'expiresAt', message: `must be at most ${API_TOKEN_MAX_DAYS} days ahead` }],
      'invalid_expiry',
    );
  }
  const missing = input.permissions.filter((p) => !actor.permissions.has(p));
  if (missing.length > 0) {
    throw badRequest(
      `A token cannot carry permissions you do not hold: ${[...new Set(missing)].join(', ')}.`,
      [{ path: 'permissions', message: `not held: ${[...new Set(missing)].join(', ')}` }],
      'permission_not_held',
    );
  }
  // A token minting tokens would outlive its own revocation; tokens are issued from a signed-in session.
  if (actor.via !== 'session') {
    throw forbidden('API tokens are created from a signed-in session.', 'interactive_session_required');
  }

  const wanted = new Set(input.permissions);
  const secret = `tl_${newSecret(32)}`;
  const row = {
    id: uuidv7(),
    userId: actor.userId,
    name: input.name,
    tokenHash: sha256Hex(secret),
    prefix: secret.slice(0, 8),
    permissions: PERMISSIONS.filter((p) => wanted.has(p)),
    expiresAt,
    createdAt: now,
  };
  const token = await db.transaction(async (tx) => {
    const inserted = await insertApiToken(tx, row);
    await recordAudit(tx, audit, {
      action: 'api-token.create',
      recordType: 'api-token',
      recordId: inserted.id,
      after: {
        userId: inserted.userId,
        name: inserted.name,
        prefix: inserted.prefix,
        permissions: inserted.permissions,
        expiresAt: inserted.expiresAt,
      },
    });
    return inserted;
  });
  return { token, secret };
}
