import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import type { Actor } from '../../../platform/auth/actor';
import { conflict, forbidden } from '../../../platform/errors/problem';
import type { ContractRow } from '../contracts.repository';

/** Variations and renewal decisions concern a contract that was approved and still runs. */
export const RUNNING_STATUSES: readonly ContractStatus[] = ['approved', 'active'];
/** A contract may be terminated while it runs; a normal expiry also records the exit of an expired one. */
export const TERMINABLE_STATUSES: readonly ContractStatus[] = ['approved', 'active', 'expired'];

export function requireRunning(contract: ContractRow, what: string): void {
  if (!RUNNING_STATUSES.includes(contract.status as ContractStatus)) {
    throw conflict(`A ${what} needs an approved or active contract.`, 'contract_not_running', {
      status: contract.status,
      allowedStatuses: RUNNING_STATUSES,
    });
  }
}

/** Legal opinions come from the legal role, finance opinions from finance (administrators may give either). */
export function mayGiveOpinion(actor: Actor, kind: 'legal' | 'finance'): boolean {
  return actor.roles.includes(kind) || actor.roles.includes('admin');
}

export function requireOpinionRole(actor: Actor, kind: 'legal' | 'finance'): void {
  if (!mayGiveOpinion(actor, kind)) throw forbidden(`Only the ${kind} reviewer may give this opinion.`);
}

/** What the caller may do at the end of this contract's life (the contract page shows the matching actions). */
export function exitPermissions(actor: Pick<Actor, 'permissions'>, contract: Pick<ContractRow, 'status'>): string[] {
  const status = contract.status as ContractStatus;
  if (!actor.permissions.has('contracts:write')) return [];
  const out: string[] = [];
  if (RUNNING_STATUSES.includes(status)) out.push('request-variation', 'decide-renewal');
  if (TERMINABLE_STATUSES.includes(status)) out.push('terminate');
  return out;
}

/**
 * 'delete' for holders of `contracts:delete` (the director): whether the retention rule (R6.6) allows it is decided
 * when they try, and a refusal says until when the contract is kept.
 */
export function deletePermissions(actor: Pick<Actor, 'permissions'>): string[] {
  return actor.permissions.has('contracts:delete') ? ['delete'] : [];
}
