import { date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../../db/columns';
import { contracts } from '../contracts.table';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const day = (name: string) => date(name, { mode: 'string' });
const contractId = () =>
  uuid('contract_id')
    .notNull()
    .references(() => contracts.id, { onDelete: 'cascade' });

/** Deliverables and payment milestones of a contract with their acceptance (R5.4). */
export const contractMilestones = pgTable(
  'contract_milestones',
  {
    ...businessColumns(),
    contractId: contractId(),
    name: text('name').notNull(),
    description: text('description'),
    dueDate: day('due_date').notNull(),
    plannedAmount: money('planned_amount'),
    plannedPaymentDate: day('planned_payment_date'),
    deliveredOn: day('delivered_on'),
    /** accepted | rejected | partially; null until the acceptance is recorded. */
    acceptanceResult: text('acceptance_result'),
    acceptedOn: day('accepted_on'),
    acceptanceReasons: text('acceptance_reasons'),
    acceptanceFileIds: uuid('acceptance_file_ids').array().notNull().default([]),
  },
  (t) => [index('contract_milestones_contract_idx').on(t.contractId, t.dueDate)],
);

/** Actual payments (R5.4): never deleted; `contract_payment_totals` keeps their sum per contract. */
export const contractPayments = pgTable(
  'contract_payments',
  {
    ...businessColumns(),
    contractId: contractId(),
    milestoneId: uuid('milestone_id').references(() => contractMilestones.id),
    invoiceNumber: text('invoice_number').notNull(),
    amount: money('amount').notNull(),
    paidOn: day('paid_on').notNull(),
    approverId: uuid('approver_id').notNull(),
    note: text('note'),
    /** Why finance paid a milestone that was not accepted. */
    overrideReason: text('override_reason'),
  },
  (t) => [
    index('contract_payments_contract_idx').on(t.contractId, t.paidOn),
    index('contract_payments_paid_on_idx').on(t.paidOn),
    index('contract_payments_milestone_idx').on(t.milestoneId),
  ],
);

/**
 * What has been paid on each contract, kept in the transaction that records a payment (the contract row is locked
 * there), so the ledger list and its totals read one row per contract instead of summing the payments.
 */
export const contractPaymentTotals = pgTable('contract_payment_totals', {
  contractId: uuid('contract_id')
    .primaryKey()
    .references(() => contracts.id, { onDelete: 'cascade' }),
  paid: money('paid').notNull().default('0'),
  payments: integer('payments').notNull().default(0),
});

/**
 * The ledger's totals per status and currency (contracts, amount, paid), kept in the transaction of every change to a
 * contract row (insert, update of status/currency/amount, delete: contracts.repository) and of every payment. The
 * ledger answers an unfiltered or status-only filter from here instead of aggregating every contract; start-up
 * rebuilds it when it does not add up to the contracts (a database that had contracts before this table).
 */
export const contractLedgerTotals = pgTable(
  'contract_ledger_totals',
  {
    status: text('status').notNull(),
    currency: text('currency').notNull(),
    contracts: integer('contracts').notNull().default(0),
    amount: money('amount').notNull().default('0'),
    paid: money('paid').notNull().default('0'),
  },
  (t) => [primaryKey({ columns: [t.status, t.currency] })],
);

/** Periodic execution checks (R5.4): checker, date, findings, follow-ups. */
export const contractChecks = pgTable(
  'contract_checks',
  {
    ...businessColumns(),
    contractId: contractId(),
    checkedOn: day('checked_on').notNull(),
    checkerId: uuid('checker_id').notNull(),
    findings: text('findings').notNull(),
    followUps: text('follow_ups'),
  },
  (t) => [index('contract_checks_contract_idx').on(t.contractId, t.checkedOn)],
);

/** A contract's check interval when it is not the default (monthly). */
export const contractCheckSchedules = pgTable('contract_check_schedules', {
  contractId: uuid('contract_id')
    .primaryKey()
    .references(() => contracts.id, { onDelete: 'cascade' }),
  intervalMonths: integer('interval_months').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});
