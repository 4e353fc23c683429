import type { Permission } from '@thirdline/shared/rbac/permissions';
import { forbidden, notFound } from '../../platform/errors/problem';
import type { ContractRow } from './contracts.repository';

export interface ContractActor {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

/**
 * Holders of `contracts:read` see every contract record and its ledger; the content of signed copies and contract
 * documents is guarded separately by the archive (director and explicit grants only, R5.7).
 */
export function canReadContract(actor: ContractActor): boolean {
  return actor.permissions.has('contracts:read');
}

/** The contract if the caller may see it; 404 otherwise, never a hint that it exists. */
export function readableContract(actor: ContractActor, row: ContractRow | undefined): ContractRow {
  if (!row || !canReadContract(actor)) throw notFound('No such contract.');
  return row;
}

export function requireContractPermission(actor: ContractActor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw forbidden(`This needs the permission "${permission}".`);
}
