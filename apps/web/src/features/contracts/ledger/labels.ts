import { CONTRACT_STATUSES, CONTRACT_TYPES } from '@thirdline/shared/contracts/contract-lifecycle';
import type { I18n } from '../../../i18n/I18nProvider';

export const contractStatusLabel = (i18n: I18n, status: string) => i18n.tx(`ledger.status.${status}`, status);
export const contractTypeLabel = (i18n: I18n, type: string) => i18n.tx(`ledger.type.${type}`, type);
export const statusOptions = (i18n: I18n) =>
  CONTRACT_STATUSES.map((s) => ({ value: s, label: contractStatusLabel(i18n, s) }));
export const typeOptions = (i18n: I18n) => CONTRACT_TYPES.map((s) => ({ value: s, label: contractTypeLabel(i18n, s) }));

/**
 * An amount string with thousands separators ("1234567.5" → "1,234,567.50"), never through a float; with a currency
 * it follows the number ("1,234,567.50 CNY"), as everywhere on the contract pages.
 */
export function formatAmount(amount: string, currency?: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${negative ? '-' : ''}${grouped}.${(fraction + '00').slice(0, 2)}`;
  return currency ? `${text} ${currency}` : text;
}
