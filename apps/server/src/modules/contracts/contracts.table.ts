import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { businessColumns } from '../../db/columns';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const day = (name: string) => date(name, { mode: 'string' });
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The contract record (R5). `vendor_id` is the counterparty; a framework contract lists further vendors in
 * `contract_vendors`. Vendor, department and people are checked by the commands (no cross-module foreign keys).
 * `ended_on` is the day the contract expired or its termination took effect: the retention clock (R6.6) runs from it.
 */
export const contracts = pgTable(
  'contracts',
  {
    ...businessColumns(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    vendorId: uuid('vendor_id').notNull(),
    type: text('type').notNull(),
    outsourcingCategory: text('outsourcing_category'),
    material: boolean('material').notNull().default(false),
    criticalFunction: boolean('critical_function').notNull().default(false),
    departmentId: uuid('department_id').notNull(),
    projectManagerId: uuid('project_manager_id'),
    amount: money('amount').notNull(),
    currency: text('currency').notNull().default('CNY'),
    taxRate: numeric('tax_rate', { precision: 5, scale: 2 }),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    autoRenewal: boolean('auto_renewal').notNull().default(false),
    noticePeriodDays: integer('notice_period_days').notNull().default(0),
    governingLaw: text('governing_law'),
    disputeResolution: text('dispute_resolution'),
    disputeBody: text('dispute_body'),
    serviceLocations: text('service_locations').array().notNull().default([]),
    dataLocations: text('data_locations').array().notNull().default([]),
    dataClassification: text('data_classification'),
    personalInformation: boolean('personal_information').notNull().default(false),
    subcontracting: text('subcontracting'),
    description: text('description'),
    status: text('status').notNull().default('draft'),
    templateId: uuid('template_id'),
    templateVersion: integer('template_version'),
    sourcingRequestId: uuid('sourcing_request_id'),
    parentContractId: uuid('parent_contract_id'),
    approvalId: uuid('approval_id'),
    signedOn: day('signed_on'),
    signedAt: at('signed_at'),
    activatedAt: at('activated_at'),
    endedOn: day('ended_on'),
    archivedAt: at('archived_at'),
  },
  (t) => [
    uniqueIndex('contracts_reference_idx').on(t.reference),
    index('contracts_status_end_idx').on(t.status, t.endDate),
    index('contracts_vendor_idx').on(t.vendorId),
    // The ledger (台账): its default order (newest first), alone and within a status or department, and by amount.
    index('contracts_department_idx').on(t.departmentId, t.createdAt, t.id),
    index('contracts_created_idx').on(t.createdAt, t.id),
    index('contracts_status_created_idx').on(t.status, t.createdAt, t.id),
    index('contracts_amount_idx').on(t.amount),
    index('contracts_type_amount_idx').on(t.type, t.amount),
  ],
);

/** Further vendors of a framework contract (the counterparty in `contracts.vendor_id` is not repeated here). */
export const contractVendors = pgTable(
  'contract_vendors',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    vendorId: uuid('vendor_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.vendorId] }), index('contract_vendors_vendor_idx').on(t.vendorId)],
);
