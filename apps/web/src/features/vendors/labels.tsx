import {
  OUTSOURCING_CATEGORIES,
  SOURCE_CHANNELS,
  VENDOR_STATUSES,
  VENDOR_TIERS,
  VENDOR_TYPES,
} from '@thirdline/shared/vendors/vendors.schemas';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { LIST_OF_GROUP, listLabel, listValues, useVendorLists } from './vendor-lists';

/**
 * Label of a code from a vendor enumeration, e.g. `vendorLabel(i18n, 'status', 'approved')` → 已批准. Vendor type,
 * tier and qualification type come from the configurable lists (custom values, renamed defaults).
 */
export const vendorLabel = (i18n: I18n, group: string, code: string) =>
  listLabel(i18n.locale, group, code) ?? i18n.tx(`${group}.${code}`, code);

/**
 * Select options of an enumeration. For a configurable list: its values in list order; inactive ones are disabled
 * (still shown on records that hold them, not offered for a new choice) unless `all` (filters).
 */
export function optionsOf(i18n: I18n, group: string, codes: readonly string[], all = false) {
  const list = LIST_OF_GROUP[group];
  const values = list ? listValues(list) : undefined;
  if (values) {
    return values.map((v) => ({ value: v.code, label: vendorLabel(i18n, group, v.code), disabled: !all && !v.active }));
  }
  return codes.map((value) => ({ value, label: vendorLabel(i18n, group, value) }));
}

export const statusOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.status', VENDOR_STATUSES);
export const typeOptions = (i18n: I18n, all = false) => optionsOf(i18n, 'vendor.type', VENDOR_TYPES, all);
export const categoryOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.category', OUTSOURCING_CATEGORIES);
export const channelOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.channel', SOURCE_CHANNELS);
export const tierOptions = (i18n: I18n, all = false) => optionsOf(i18n, 'vendor.tier', VENDOR_TIERS, all);

const STATUS_TONES: Record<string, Tone> = {
  candidate: 'default',
  shortlisted: 'processing',
  approved: 'success',
  suspended: 'warning',
  terminated: 'error',
};
const TIER_TONES: Record<string, Tone> = { critical: 'error', high: 'warning', medium: 'processing', low: 'default' };
const QUALIFICATION_TONES: Record<string, Tone> = { valid: 'success', expiring: 'warning', expired: 'error' };

export function VendorStatusTag({ status }: { status: string }) {
  const i18n = useI18n();
  return <StatusTag tone={STATUS_TONES[status] ?? 'default'} text={vendorLabel(i18n, 'vendor.status', status)} />;
}

export function TierTag({ tier }: { tier: string }) {
  const i18n = useI18n();
  useVendorLists();
  return <StatusTag tone={TIER_TONES[tier] ?? 'default'} text={vendorLabel(i18n, 'vendor.tier', tier)} />;
}

export function QualificationStatusTag({ status }: { status: string }) {
  const i18n = useI18n();
  return <StatusTag tone={QUALIFICATION_TONES[status] ?? 'default'} text={vendorLabel(i18n, 'qualStatus', status)} />;
}
