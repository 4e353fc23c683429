import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { CURRENCIES, dateSchema, moneySchema, OUTSOURCING_CATEGORIES } from '../vendors/vendors.schemas';
import { contractStatusSchema, contractTypeSchema } from './contract.schemas';

/**
 * The contract ledger (台账, R5.4): the contract list with its filters, totals per currency, the xlsx export and the
 * payments-by-month chart; and the execution records of one contract — milestones with their acceptance, payments
 * and the periodic execution checks. Amounts are decimal strings, business dates `YYYY-MM-DD`.
 */
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const currencySchema = z.enum(CURRENCIES);
const text = (max: number) => plainText(1, max);

export const LEDGER_SORT_FIELDS = [
  'reference',
  'title',
  'amount',
  'paid',
  'startDate',
  'endDate',
  'status',
  'createdAt',
] as const;

/** Filters shared by the list, the totals, the export and the chart. */
const ledgerFilters = {
  status: contractStatusSchema.optional(),
  /** The counterparty, or one of a framework contract's further vendors. */
  vendorId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  type: contractTypeSchema.optional(),
  outsourcingCategory: z.enum(OUTSOURCING_CATEGORIES).optional(),
  currency: currencySchema.optional(),
  /** Approved or active contracts whose end date is within the next N days (today included). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  amountMin: moneySchema.optional(),
  amountMax: moneySchema.optional(),
  /** 重要外包. */
  material: booleanQuery.optional(),
};

export const contractLedgerQuerySchema = listQuerySchema(LEDGER_SORT_FIELDS).extend(ledgerFilters);
export type ContractLedgerQuery = z.infer<typeof contractLedgerQuerySchema>;
/** The filter without paging (totals, export). */
export const contractLedgerFilterSchema = contractLedgerQuerySchema.omit({ page: true, pageSize: true });
export type ContractLedgerFilter = z.infer<typeof contractLedgerFilterSchema>;

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Must be a month (YYYY-MM).');
export const paymentsByMonthQuerySchema = contractLedgerFilterSchema.omit({ sort: true }).extend({
  /** First month, default 11 months before `to`. */
  from: monthSchema.optional(),
  /** Last month, default the current month. */
  to: monthSchema.optional(),
});
export type PaymentsByMonthQuery = z.infer<typeof paymentsByMonthQuerySchema>;

const ref = z.object({ id: z.uuid(), name: z.string() });

/**
 * A row of the ledger: a summary of the `Contract` shape (the fields the ledger shows) plus what was paid.
 * The full record is `GET /contracts/{id}`.
 */
export const contractLedgerItemSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  vendorId: z.uuid(),
  vendor: ref,
  type: contractTypeSchema,
  outsourcingCategory: z.enum(OUTSOURCING_CATEGORIES).nullable(),
  material: z.boolean(),
  criticalFunction: z.boolean(),
  departmentId: z.uuid(),
  department: ref,
  projectManagerId: z.uuid().nullable(),
  amount: z.string(),
  currency: currencySchema,
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  status: contractStatusSchema,
  paid: z.string(),
  unpaid: z.string(),
  /** 'manage-milestones', 'record-payments', 'record-checks' as the caller may. */
  permissions: z.array(z.string()),
});
export type ContractLedgerItem = z.infer<typeof contractLedgerItemSchema>;

export const currencyTotalSchema = z.object({
  currency: currencySchema,
  count: z.number().int(),
  amount: z.string(),
  paid: z.string(),
  unpaid: z.string(),
});
export const contractTotalsSchema = z.object({ byCurrency: z.array(currencyTotalSchema) });
export type ContractTotals = z.infer<typeof contractTotalsSchema>;
/** The page, with the totals of the whole filter (not only of the page). */
export const contractLedgerPageSchema = pageSchema(contractLedgerItemSchema).extend(contractTotalsSchema.shape);
export type ContractLedgerPage = z.infer<typeof contractLedgerPageSchema>;

export const paymentsByMonthSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Every month from `from` to `to`, empty ones included. */
  months: z.array(
    z.object({
      month: z.string(),
      byCurrency: z.array(z.object({ currency: currencySchema, amount: z.string(), count: z.number().int() })),
    }),
  ),
});
export type PaymentsByMonth = z.infer<typeof paymentsByMonthSchema>;

// Milestones -------------------------------------------------------------------------------------------------

export const ACCEPTANCE_RESULTS = ['accepted', 'rejected', 'partially'] as const;
export type AcceptanceResult = (typeof ACCEPTANCE_RESULTS)[number];

export const milestoneParamsSchema = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
export const paymentParamsSchema = z.strictObject({ id: z.uuid(), paymentId: z.uuid() });

export const createMilestoneSchema = z.strictObject({
  name: text(200),
  dueDate: dateSchema,
  plannedAmount: moneySchema.nullable().optional(),
  plannedPaymentDate: dateSchema.nullable().optional(),
  description: plainText(0, 2000).nullable().optional(),
});
export type CreateMilestoneRequest = z.infer<typeof createMilestoneSchema>;

export const updateMilestoneSchema = createMilestoneSchema.partial().extend({
  version: z.number().int().min(1),
  deliveredOn: dateSchema.nullable().optional(),
});
export type UpdateMilestoneRequest = z.infer<typeof updateMilestoneSchema>;

export const milestoneAcceptanceSchema = z.strictObject({
  version: z.number().int().min(1),
  result: z.enum(ACCEPTANCE_RESULTS),
  acceptedOn: dateSchema,
  /** Required when rejected or partially accepted. */
  reasons: plainText(0, 4000).nullable().optional(),
  /** Acceptance documents: files uploaded for this contract (`recordType` contract). */
  documentFileIds: z.array(z.uuid()).max(20).default([]),
});
export type MilestoneAcceptanceRequest = z.infer<typeof milestoneAcceptanceSchema>;

export const milestoneSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  dueDate: z.iso.date(),
  plannedAmount: z.string().nullable(),
  plannedPaymentDate: z.iso.date().nullable(),
  deliveredOn: z.iso.date().nullable(),
  acceptanceResult: z.enum(ACCEPTANCE_RESULTS).nullable(),
  acceptedOn: z.iso.date().nullable(),
  acceptanceReasons: z.string().nullable(),
  acceptanceFileIds: z.array(z.uuid()),
  /** Sum of the payments recorded against it. */
  paid: z.string(),
  version: z.number().int(),
  /** 'edit', 'accept', 'delete' as the caller may. */
  permissions: z.array(z.string()),
});
export type Milestone = z.infer<typeof milestoneSchema>;
export const milestoneListSchema = z.object({ items: z.array(milestoneSchema) });

// Payments ---------------------------------------------------------------------------------------------------

export const createPaymentSchema = z.strictObject({
  milestoneId: z.uuid().nullable().optional(),
  invoiceNumber: text(100),
  amount: moneySchema,
  paidOn: dateSchema,
  /** The user who approved the payment. */
  approverId: z.uuid(),
  note: plainText(0, 2000).nullable().optional(),
  /** Finance (or a director) paying a milestone that is not accepted gives the reason here. */
  overrideReason: plainText(0, 2000).nullable().optional(),
});
export type CreatePaymentRequest = z.infer<typeof createPaymentSchema>;

export const paymentSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  milestoneId: z.uuid().nullable(),
  milestoneName: z.string().nullable(),
  invoiceNumber: z.string(),
  amount: z.string(),
  currency: currencySchema,
  paidOn: z.iso.date(),
  approverId: z.uuid(),
  approver: z.object({ id: z.uuid(), displayName: z.string() }),
  note: z.string().nullable(),
  overrideReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  permissions: z.array(z.string()),
});
export type Payment = z.infer<typeof paymentSchema>;
export const paymentListSchema = z.object({
  items: z.array(paymentSchema),
  amount: z.string(),
  paid: z.string(),
  remaining: z.string(),
  currency: currencySchema,
});
export type PaymentList = z.infer<typeof paymentListSchema>;

// Execution checks -------------------------------------------------------------------------------------------

export const DEFAULT_CHECK_INTERVAL_MONTHS = 1;

export const createCheckSchema = z.strictObject({
  checkedOn: dateSchema,
  /** Defaults to the caller. */
  checkerId: z.uuid().optional(),
  findings: text(4000),
  followUps: plainText(0, 4000).nullable().optional(),
});
export type CreateCheckRequest = z.infer<typeof createCheckSchema>;

export const checkScheduleSchema = z.strictObject({ intervalMonths: z.number().int().min(1).max(12) });
export type CheckScheduleRequest = z.infer<typeof checkScheduleSchema>;

export const checkSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  checkedOn: z.iso.date(),
  checkerId: z.uuid(),
  checker: z.object({ id: z.uuid(), displayName: z.string() }),
  findings: z.string(),
  followUps: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ExecutionCheck = z.infer<typeof checkSchema>;
export const checkListSchema = z.object({
  items: z.array(checkSchema),
  intervalMonths: z.number().int(),
  /** When the next check is due (the last check, or the start date, plus the interval). */
  nextDueOn: z.iso.date(),
  permissions: z.array(z.string()),
});
export type CheckList = z.infer<typeof checkListSchema>;
