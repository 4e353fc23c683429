import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import type { Permission } from '@thirdline/shared/rbac/permissions';

const RUNNING = ['approved', 'active'];
const TERMINABLE = ['approved', 'active', 'expired'];

/**
 * What the caller may start on this contract: the server's `permissions` when the contract JSON carries them,
 * otherwise the same rule computed here (contracts:write and the contract's status).
 */
export function exitActions(contract: Contract, can: (p: Permission) => boolean) {
  const has = (p: string, statuses: string[]) =>
    contract.permissions.includes(p) || (can('contracts:write') && statuses.includes(contract.status));
  return {
    requestVariation: has('request-variation', RUNNING),
    decideRenewal: has('decide-renewal', RUNNING),
    terminate: has('terminate', TERMINABLE),
  };
}

/** `YYYY-MM-DD` from a date picker value. */
export const isoDay = (d: { format: (f: string) => string } | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
