import {
  OUTSOURCING_CATEGORIES,
  SOURCE_CHANNELS,
  VENDOR_STATUSES,
  VENDOR_TIERS,
  VENDOR_TYPES,
} from '@thirdline/shared/vendors/vendors.schemas';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useI18n, type I18n } from '../../i18n/I18nProvider';

/** Label of a code from a vendor enumeration, e.g. `vendorLabel(i18n, 'status', 'approved')` → 已批准. */
export const vendorLabel = (i18n: I18n, group: string, code: string) => i18n.tx(`${group}.${code}`, code);

export const optionsOf = (i18n: I18n, group: string, codes: readonly string[]) =>
  codes.map((value) => ({ value, label: vendorLabel(i18n, group, value) }));

export const statusOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.status', VENDOR_STATUSES);
export const typeOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.type', VENDOR_TYPES);
export const categoryOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.category', OUTSOURCING_CATEGORIES);
export const channelOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.channel', SOURCE_CHANNELS);
export const tierOptions = (i18n: I18n) => optionsOf(i18n, 'vendor.tier', VENDOR_TIERS);

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
  return <StatusTag tone={TIER_TONES[tier] ?? 'default'} text={vendorLabel(i18n, 'vendor.tier', tier)} />;
}

export function QualificationStatusTag({ status }: { status: string }) {
  const i18n = useI18n();
  return <StatusTag tone={QUALIFICATION_TONES[status] ?? 'default'} text={vendorLabel(i18n, 'qualStatus', status)} />;
}
