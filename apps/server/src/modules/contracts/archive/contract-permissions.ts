import type { Permission } from '@thirdline/shared/rbac/permissions';

/**
 * What the archive adds to a contract's `permissions` for the caller: 'sign' on an approved, unsigned contract
 * with contracts:sign. (Whether the caller may open documents or manage grants is in the documents list:
 * `canOpen`, `canManageGrants`.)
 */
export function archiveContractPermissions(
  actor: { permissions: ReadonlySet<Permission> },
  contract: { status: string; signedAt: Date | null },
): string[] {
  const signable = contract.status === 'approved' && contract.signedAt === null;
  return signable && actor.permissions.has('contracts:sign') ? ['sign'] : [];
}
