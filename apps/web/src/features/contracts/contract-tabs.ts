import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import type { ReactNode } from 'react';
import type { I18n } from '../../i18n/I18nProvider';

/**
 * A tab on the contract page. Each part of the contracts feature (checklist, reviews, documents, ledger,
 * variations, exit…) registers its own with `registerContractTab` from its own file; the page shows, in `order`,
 * every tab whose `visible` allows it for the contract at hand.
 */
export interface ContractTab {
  key: string;
  /** Position among the tabs (lower first): overview 10, checklist 20, reviews 30, documents 40, milestones 50,
   * payments 60, checks 70, variations 80, renewal 90, exit 100. */
  order: number;
  label: (i18n: I18n) => string;
  visible?: (contract: Contract) => boolean;
  render: (contract: Contract) => ReactNode;
}

const tabs: ContractTab[] = [];

/** Adds a tab (or replaces the one with the same key). */
export function registerContractTab(tab: ContractTab): void {
  const at = tabs.findIndex((t) => t.key === tab.key);
  if (at >= 0) tabs.splice(at, 1, tab);
  else tabs.push(tab);
}

/** The registered tabs for this contract, in order. */
export function contractTabsFor(contract: Contract): ContractTab[] {
  return tabs.filter((t) => !t.visible || t.visible(contract)).sort((a, b) => a.order - b.order);
}
