import {
  allowedNextContractStatuses,
  canTransitionContract,
  type ContractStatus,
} from '@thirdline/shared/contracts/contract-lifecycle';
import { conflict } from '../../../platform/errors/problem';
import type { ContractRow } from '../contracts.repository';

/** 409 with the allowed next states unless the contract may move to `to`. */
export function requireTransition(contract: ContractRow, to: ContractStatus): void {
  const from = contract.status as ContractStatus;
  if (!canTransitionContract(from, to)) {
    throw conflict(`A ${from} contract cannot become ${to}.`, 'illegal_transition', {
      from,
      to,
      allowedNext: [...allowedNextContractStatuses(from)],
    });
  }
}

/** Only a draft's checklist may change: 409 otherwise. */
export function requireDraft(contract: ContractRow): void {
  if (contract.status !== 'draft') {
    throw conflict('Only a draft contract can be changed.', 'contract_not_draft', {
      status: contract.status,
      allowedNext: [...allowedNextContractStatuses(contract.status as ContractStatus)],
    });
  }
}
