import { DUE_DILIGENCE_VALID_MONTHS, QUALIFICATION_EXPIRING_DAYS } from '@thirdline/shared/vendors/vendors.schemas';
import type { VendorListName } from '@thirdline/shared/vendors/vendor-lists.schemas';
import Decimal from 'decimal.js';
import { addMonths, daysBetween } from './vendor-dates';
import {
  vendorContacts,
  vendorDueDiligence,
  vendorFinancials,
  vendorQualifications,
  vendorReferences,
  vendorSubcontractors,
  vendorViolations,
} from './vendors.table';

/** A row of any vendor sub-record table: the bookkeeping columns plus its own fields. */
export type RecordRow = Record<string, unknown> & {
  id: string;
  vendorId: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  updatedBy: string | null;
};

/**
 * One kind of record around a vendor. Request fields carry the column names, so `values` only adds defaults and
 * derived columns; `present` adds what is computed against today.
 */
export interface VendorRecordKind {
  /** URL segment under /api/v1/vendors/{id}/ and record type for audit, history and files. */
  path: string;
  recordType: string;
  table: typeof vendorContacts;
  /** Financial snapshots: only for those who may see the vendor's financials. */
  financial?: boolean;
  /** Defaults for a new record (from the request). */
  defaults?: (input: Record<string, unknown>) => Record<string, unknown>;
  /** Rows of the same vendor that must lose a flag when this one gains it (one primary contact). */
  exclusiveFlag?: string;
  /** Unique per vendor: a second record with the same value is a 409. */
  uniqueField?: string;
  present?: (row: RecordRow, today: string) => Record<string, unknown>;
  /** Fields holding a code of a configurable list: new or changed values must be active ones. */
  listFields?: Record<string, VendorListName>;
}

const table = (t: unknown) => t as typeof vendorContacts;

export function qualificationStatus(validTo: string | null, today: string) {
  if (!validTo) return { status: 'valid' as const, daysLeft: null };
  const daysLeft = daysBetween(today, validTo);
  if (daysLeft < 0) return { status: 'expired' as const, daysLeft };
  return { status: daysLeft <= QUALIFICATION_EXPIRING_DAYS ? ('expiring' as const) : ('valid' as const), daysLeft };
}

/** Liabilities / assets, four decimals; null without both figures or with zero assets. */
export function debtRatio(totalAssets: string | null, totalLiabilities: string | null): string | null {
  if (totalAssets === null || totalLiabilities === null) return null;
  const assets = new Decimal(totalAssets);
  if (assets.isZero()) return null;
  return new Decimal(totalLiabilities).div(assets).toFixed(4, Decimal.ROUND_HALF_UP);
}

export const RECORD_KINDS = {
  contacts: { path: 'contacts', recordType: 'vendor-contact', table: vendorContacts, exclusiveFlag: 'isPrimary' },
  references: { path: 'references', recordType: 'vendor-reference', table: table(vendorReferences) },
  qualifications: {
    path: 'qualifications',
    recordType: 'vendor-qualification',
    table: table(vendorQualifications),
    listFields: { type: 'qualification-type' },
    present: (row, today) => qualificationStatus(row.validTo as string | null, today),
  },
  financials: {
    path: 'financials',
    recordType: 'vendor-financial',
    table: table(vendorFinancials),
    financial: true,
    uniqueField: 'year',
    present: (row) => ({
      debtRatio: debtRatio(row.totalAssets as string | null, row.totalLiabilities as string | null),
    }),
  },
  dueDiligence: {
    path: 'due-diligence',
    recordType: 'vendor-due-diligence',
    table: table(vendorDueDiligence),
    defaults: (input) => ({
      validUntil: input.validUntil ?? addMonths(input.performedOn as string, DUE_DILIGENCE_VALID_MONTHS),
    }),
    present: (row, today) => ({ current: (row.validUntil as string) >= today }),
  },
  violations: { path: 'violations', recordType: 'vendor-violation', table: table(vendorViolations) },
  subcontractors: { path: 'subcontractors', recordType: 'vendor-subcontractor', table: table(vendorSubcontractors) },
} satisfies Record<string, VendorRecordKind>;

export type RecordKindName = keyof typeof RECORD_KINDS;

/** The API shape of a sub-record: its columns without the who-changed-it bookkeeping, plus computed fields. */
export function presentRecord(kind: VendorRecordKind, row: RecordRow, today: string): Record<string, unknown> {
  const { createdBy: _c, updatedBy: _u, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    ...(kind.present?.(row, today) ?? {}),
  };
}
