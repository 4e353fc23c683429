import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import type { Actor } from '../../../platform/auth/actor';
import { conflict } from '../../../platform/errors/problem';
import type { ContractRow } from '../contracts.repository';
import type { MilestoneRow } from './execution.repository';

/** Contract states in which payments may be recorded: signed or about to be, and after the end (settlement). */
export const PAYABLE_STATUSES: readonly ContractStatus[] = ['approved', 'active', 'expired', 'terminated'];
/** Contract states in which execution checks are recorded. */
export const CHECKABLE_STATUSES: readonly ContractStatus[] = ['active', 'expired', 'terminated'];

/** Finance (or a director) may pay a milestone that is not accepted, with a reason (R5.4). */
export function canOverrideAcceptance(actor: Actor): boolean {
  return (
    actor.permissions.has('contracts:payments') && (actor.roles.includes('finance') || actor.roles.includes('director'))
  );
}

export function requireContractStatus(contract: ContractRow, allowed: readonly ContractStatus[], what: string) {
  if (!allowed.includes(contract.status as ContractStatus)) {
    throw conflict(`${what} is not possible while the contract is ${contract.status}.`, 'contract_status', {
      contractStatus: contract.status,
      allowedStatuses: allowed,
    });
  }
}

/** Archived contracts are read-only; everything else may plan and accept milestones. */
export function requireMilestonesEditable(contract: ContractRow) {
  if (contract.status === 'archived') {
    throw conflict('The contract is archived: its milestones cannot change.', 'contract_status', {
      contractStatus: contract.status,
    });
  }
}

export const isAccepted = (m: Pick<MilestoneRow, 'acceptanceResult'>) => m.acceptanceResult === 'accepted';

/** What the caller may do with a milestone. */
export function milestonePermissions(actor: Actor, m: MilestoneRow, hasPayments: boolean): string[] {
  if (!actor.permissions.has('contracts:write') || isAccepted(m)) return [];
  return hasPayments ? ['edit', 'accept'] : ['edit', 'accept', 'delete'];
}

/** What the caller may do on a contract's ledger. */
export function ledgerPermissions(actor: Actor): string[] {
  const out: string[] = [];
  if (actor.permissions.has('contracts:write')) out.push('manage-milestones', 'record-checks');
  if (actor.permissions.has('contracts:payments')) out.push('record-payments');
  return out;
}
