import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { businessColumns } from '../../db/columns';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const day = (name: string) => date(name, { mode: 'string' });

/**
 * What the list's `q` searches: name, English name, short name and USCC in one expression, so one trigram index
 * answers the substring match (the list query must use this very expression).
 */
export function vendorSearchText(t: {
  name: AnyPgColumn;
  englishName: AnyPgColumn;
  shortName: AnyPgColumn;
  uscc: AnyPgColumn;
}) {
  return sql`(${t.name} || ' ' || coalesce(${t.englishName}, '') || ' ' || coalesce(${t.shortName}, '') || ' ' || ${t.uscc})`;
}

/** The vendor record (R3.1, R3.2, R3.5). Department and relationship manager are checked by the commands. */
export const vendors = pgTable(
  'vendors',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    /** normaliseVendorName(name), for the similar-name check. */
    nameKey: text('name_key').notNull(),
    englishName: text('english_name'),
    shortName: text('short_name'),
    uscc: text('uscc').notNull(),
    lei: text('lei'),
    country: text('country').notNull().default('CN'),
    registeredAddress: text('registered_address'),
    registeredCapital: money('registered_capital'),
    registeredCapitalCurrency: text('registered_capital_currency').notNull().default('CNY'),
    establishedOn: day('established_on'),
    legalRepresentative: text('legal_representative'),
    businessScope: text('business_scope'),
    website: text('website'),
    type: text('type').notNull(),
    outsourcingCategories: text('outsourcing_categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sourceChannel: text('source_channel'),
    tier: text('tier').notNull().default('medium'),
    tierReason: text('tier_reason'),
    departmentId: uuid('department_id'),
    relationshipManagerId: uuid('relationship_manager_id'),
    status: text('status').notNull().default('candidate'),
  },
  (t) => [
    uniqueIndex('vendors_reference_idx').on(t.reference),
    uniqueIndex('vendors_uscc_idx').on(t.uscc),
    index('vendors_name_key_idx').on(t.nameKey),
    index('vendors_name_idx').on(t.name, t.id),
    index('vendors_created_at_idx').on(t.createdAt, t.id),
    index('vendors_status_idx').on(t.status),
    index('vendors_department_idx').on(t.departmentId),
    // The `q` search is a substring match over vendorSearchText: a trigram index (pg_trgm, migration 0004).
    index('vendors_search_trgm_idx').using('gin', sql`${vendorSearchText(t)} gin_trgm_ops`),
  ],
);

const vendorId = () =>
  uuid('vendor_id')
    .notNull()
    .references(() => vendors.id);

export const vendorContacts = pgTable(
  'vendor_contacts',
  {
    ...businessColumns(),
    vendorId: vendorId(),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    isPrimary: boolean('is_primary').notNull().default(false),
    notes: text('notes'),
  },
  (t) => [index('vendor_contacts_vendor_idx').on(t.vendorId)],
);

export const vendorReferences = pgTable(
  'vendor_references',
  {
    ...businessColumns(),
    vendorId: vendorId(),
    client: text('client').notNull(),
    project: text('project').notNull(),
    periodFrom: day('period_from'),
    periodTo: day('period_to'),
    value: money('value'),
    currency: text('currency').notNull().default('CNY'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    outcome: text('outcome'),
  },
  (t) => [index('vendor_references_vendor_idx').on(t.vendorId)],
);

export const vendorQualifications = pgTable(
  'vendor_qualifications',
  {
    ...businessColumns(),
    vendorId: vendorId(),
    type: text('type').notNull(),
    name: text('name'),
    number: text('number'),
    issuer: text('issuer'),
    validFrom: day('valid_from'),
    validTo: day('valid_to'),
    mandatory: boolean('mandatory').notNull().default(false),
    notes: text('notes'),
  },
  (t) => [
    index('vendor_qualifications_vendor_idx').on(t.vendorId),
    index('vendor_qualifications_valid_to_idx').on(t.validTo),
  ],
);

export const vendorFinancials = pgTable(
  'vendor_financials',
  {
    ...businessColumns(),
    vendorId: vendorId(),
    year: integer('year').notNull(),
    currency: text('currency').notNull().default('CNY'),
    revenue: money('revenue'),
    netProfit: money('net_profit'),
    totalAssets: money('total_assets'),
    totalLiabilities: money('total_liabilities'),
    audited: boolean('audited').notNull().default(false),
    notes: text('notes'),
  },
  (t) => [uniqueIndex('vendor_financials_vendor_year_idx').on(t.vendorId, t.year)],
);

export const vendorDueDiligence = pgTable(
  'vendor_due_diligence',
  {
    ...businessColumns(),
    vendorId: vendorId(),
    kind: text('kind').notNull(),
    performedOn: day('performed_on').notNull(),
    performedBy: text('performed_by'),
    findings: text('findings'),
    conclusion: text('conclusion').notNull(),
    followUpConditions: text('follow_up_conditions'),
    validUntil: day('valid_until').notNull(),
  },
  (t) => [index('vendor_due_diligence_vendor_idx').on(t.vendorId, t.validUntil)],
);

export const vendorViolations = pgTable(
  'vendor_violations',
  {
    ...businessColumns(),
    vendorId: vendorId(),
    occurredOn: day('occurred_on').notNull(),
    severity: text('severity').notNull(),
    description: text('description').notNull(),
    source: text('source'),
    closed: boolean('closed').notNull().default(false),
  },
  (t) => [index('vendor_violations_vendor_idx').on(t.vendorId)],
);

export const vendorSubcontractors = pgTable(
  'vendor_subcontractors',
  {
    ...businessColumns(),
    vendorId: vendorId(),
    subcontractorId: uuid('subcontractor_id')
      .notNull()
      .references(() => vendors.id),
    service: text('service').notNull(),
    supportsCriticalService: boolean('supports_critical_service').notNull().default(false),
  },
  (t) => [
    uniqueIndex('vendor_subcontractors_pair_idx').on(t.vendorId, t.subcontractorId),
    index('vendor_subcontractors_sub_idx').on(t.subcontractorId),
  ],
);
