import type { Permission } from '@thirdline/shared/rbac/permissions';

/**
 * What the archive adds to a contract's `permissions` for the caller (for the contracts presenter): 'sign' on an
 * approved, unsigned contract with contracts:sign; 'upload-document' with contracts:write; 'manage-access' for
 * the director (grants). Whether the caller may open documents is per request: see the documents list's `canOpen`.
 */
export function archiveContractPermissions(
  actor: { permissions: ReadonlySet<Permission> },
  contract: { status: string; signedAt: Date | null },
): string[] {
  const out: string[] = [];
  if (contract.status === 'approved' && contract.signedAt === null && actor.permissions.has('contracts:sign')) {
    out.push('sign');
  }
  if (actor.permissions.has('contracts:write')) out.push('upload-document');
  if (actor.permissions.has('contracts:archive')) out.push('manage-access');
  return out;
}
