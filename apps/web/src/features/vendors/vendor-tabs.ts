import type { ReactNode } from 'react';
import type { I18n } from '../../i18n/I18nProvider';
import type { VendorDetail } from './api';

/**
 * A tab on the vendor page. Modules add their own (contracts, risks, SLAs…) with `registerVendorTab` from their
 * feature code; the page shows, in `order`, every tab whose `visible` allows it for the vendor at hand.
 */
export interface VendorTab {
  key: string;
  /** Position among the tabs (lower first); the built-in ones use 10, 20, … 90. */
  order: number;
  label: (i18n: I18n) => string;
  /** E.g. financials only when the vendor JSON carries them. Shown always when absent. */
  visible?: (vendor: VendorDetail) => boolean;
  render: (vendor: VendorDetail) => ReactNode;
}

const tabs: VendorTab[] = [];

/** Adds a tab (or replaces the one with the same key). */
export function registerVendorTab(tab: VendorTab): void {
  const at = tabs.findIndex((t) => t.key === tab.key);
  if (at >= 0) tabs.splice(at, 1, tab);
  else tabs.push(tab);
}

/** The registered tabs for this vendor, in order. */
export function vendorTabsFor(vendor: VendorDetail): VendorTab[] {
  return tabs.filter((t) => !t.visible || t.visible(vendor)).sort((a, b) => a.order - b.order);
}
