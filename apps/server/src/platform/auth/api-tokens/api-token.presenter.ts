import type { ApiToken } from '@thirdline/shared/api-tokens/api-tokens.schemas';
import { PERMISSIONS, type Permission } from '@thirdline/shared/rbac/permissions';
import type { ApiTokenRecord } from './api-tokens.repository';

/** A token as the API shows it: never the secret or its hash. */
export function presentApiToken(row: ApiTokenRecord): ApiToken {
  const granted = new Set(row.permissions);
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    // Catalogue order; a permission since removed from the catalogue is not shown (nor honoured).
    permissions: PERMISSIONS.filter((p: Permission) => granted.has(p)),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
