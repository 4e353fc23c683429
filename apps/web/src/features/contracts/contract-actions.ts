import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import type { ReactNode } from 'react';
import type { I18n } from '../../i18n/I18nProvider';

/**
 * A button in the contract page's header that opens a dialog (submit for review, sign, terminate…). Each part
 * registers its own with `registerContractAction` (from the same file as its tabs); the page shows the button when
 * the contract's `permissions` include `permission`, and renders `dialog` while it is open.
 */
export interface ContractAction {
  key: string;
  /** Position among the buttons (lower first); the record's own edit is first. */
  order: number;
  permission: string;
  label: (i18n: I18n) => string;
  icon?: ReactNode;
  danger?: boolean;
  dialog: (contract: Contract, onClose: () => void) => ReactNode;
}

const actions: ContractAction[] = [];

/** Adds an action (or replaces the one with the same key). */
export function registerContractAction(action: ContractAction): void {
  const at = actions.findIndex((a) => a.key === action.key);
  if (at >= 0) actions.splice(at, 1, action);
  else actions.push(action);
}

export function contractActions(): ContractAction[] {
  return [...actions].sort((a, b) => a.order - b.order);
}
