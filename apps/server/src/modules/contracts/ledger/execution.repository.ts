import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../db/client';
import { contracts } from '../contracts.table';
import {
  contractCheckSchedules,
  contractChecks,
  contractMilestones,
  contractPayments,
  contractPaymentTotals,
} from './ledger.table';
import { addPaidToLedgerTotals } from './ledger-totals.repository';

export type MilestoneRow = typeof contractMilestones.$inferSelect;
export type NewMilestoneRow = typeof contractMilestones.$inferInsert;
export type PaymentRow = typeof contractPayments.$inferSelect;
export type NewPaymentRow = typeof contractPayments.$inferInsert;
export type CheckRow = typeof contractChecks.$inferSelect;
export type NewCheckRow = typeof contractChecks.$inferInsert;

// Milestones -------------------------------------------------------------------------------------------------

export async function listMilestones(db: Executor, contractId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(contractMilestones)
    .where(eq(contractMilestones.contractId, contractId))
    .orderBy(asc(contractMilestones.dueDate), asc(contractMilestones.id));
}

export async function findMilestone(db: Executor, contractId: string, id: string): Promise<MilestoneRow | undefined> {
  const [row] = await db
    .select()
    .from(contractMilestones)
    .where(and(eq(contractMilestones.contractId, contractId), eq(contractMilestones.id, id)));
  return row;
}

export async function insertMilestone(tx: Executor, values: NewMilestoneRow): Promise<MilestoneRow> {
  const [row] = await tx.insert(contractMilestones).values(values).returning();
  if (!row) throw new Error('milestone insert returned nothing');
  return row;
}

export async function updateMilestoneRow(
  tx: Executor,
  id: string,
  set: Partial<NewMilestoneRow>,
): Promise<MilestoneRow> {
  const [row] = await tx.update(contractMilestones).set(set).where(eq(contractMilestones.id, id)).returning();
  if (!row) throw new Error('milestone update returned nothing');
  return row;
}

export async function deleteMilestoneRow(tx: Executor, id: string): Promise<void> {
  await tx.delete(contractMilestones).where(eq(contractMilestones.id, id));
}

/** Sum paid per milestone of a contract. */
export async function paidByMilestone(db: Executor, contractId: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ milestone_id: string; paid: string }>(
    db,
    sql`select milestone_id, sum(amount)::text as paid from ${contractPayments}
      where contract_id = ${contractId} and milestone_id is not null group by milestone_id`,
  );
  return new Map(rows.map((r) => [r.milestone_id, r.paid]));
}

// Payments ---------------------------------------------------------------------------------------------------

export async function listPayments(db: Executor, contractId: string): Promise<PaymentRow[]> {
  return db
    .select()
    .from(contractPayments)
    .where(eq(contractPayments.contractId, contractId))
    .orderBy(desc(contractPayments.paidOn), desc(contractPayments.id));
}

export async function findPayment(db: Executor, contractId: string, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(contractPayments)
    .where(and(eq(contractPayments.contractId, contractId), eq(contractPayments.id, id)));
  return row;
}

export async function invoiceExists(db: Executor, contractId: string, invoiceNumber: string): Promise<boolean> {
  const [row] = await db
    .select({ id: contractPayments.id })
    .from(contractPayments)
    .where(and(eq(contractPayments.contractId, contractId), eq(contractPayments.invoiceNumber, invoiceNumber)))
    .limit(1);
  return !!row;
}

/** What has been paid on a contract (from the kept total). */
export async function paidOnContract(db: Executor, contractId: string): Promise<string> {
  const [row] = await db
    .select({ paid: contractPaymentTotals.paid })
    .from(contractPaymentTotals)
    .where(eq(contractPaymentTotals.contractId, contractId));
  return row?.paid ?? '0.00';
}

/** Inserts a payment and adds it to the contract's kept totals (the caller holds the contract's row lock). */
export async function insertPayment(tx: Executor, values: NewPaymentRow): Promise<PaymentRow> {
  const [row] = await tx.insert(contractPayments).values(values).returning();
  if (!row) throw new Error('payment insert returned nothing');
  await tx
    .insert(contractPaymentTotals)
    .values({ contractId: row.contractId, paid: row.amount, payments: 1 })
    .onConflictDoUpdate({
      target: contractPaymentTotals.contractId,
      set: {
        paid: sql`${contractPaymentTotals.paid} + excluded.paid`,
        payments: sql`${contractPaymentTotals.payments} + 1`,
      },
    });
  await addPaidToLedgerTotals(tx, row.contractId, row.amount);
  return row;
}

export async function milestoneHasPayments(db: Executor, milestoneId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: contractPayments.id })
    .from(contractPayments)
    .where(eq(contractPayments.milestoneId, milestoneId))
    .limit(1);
  return !!row;
}

// Checks -----------------------------------------------------------------------------------------------------

export async function listChecks(db: Executor, contractId: string): Promise<CheckRow[]> {
  return db
    .select()
    .from(contractChecks)
    .where(eq(contractChecks.contractId, contractId))
    .orderBy(desc(contractChecks.checkedOn), desc(contractChecks.id));
}

export async function findCheck(db: Executor, id: string): Promise<CheckRow | undefined> {
  const [row] = await db.select().from(contractChecks).where(eq(contractChecks.id, id));
  return row;
}

export async function insertCheck(tx: Executor, values: NewCheckRow): Promise<CheckRow> {
  const [row] = await tx.insert(contractChecks).values(values).returning();
  if (!row) throw new Error('check insert returned nothing');
  return row;
}

export async function checkIntervalMonths(db: Executor, contractId: string): Promise<number | undefined> {
  const [row] = await db
    .select({ months: contractCheckSchedules.intervalMonths })
    .from(contractCheckSchedules)
    .where(eq(contractCheckSchedules.contractId, contractId));
  return row?.months;
}

export async function upsertCheckSchedule(
  tx: Executor,
  values: typeof contractCheckSchedules.$inferInsert,
): Promise<void> {
  await tx
    .insert(contractCheckSchedules)
    .values(values)
    .onConflictDoUpdate({
      target: contractCheckSchedules.contractId,
      set: { intervalMonths: values.intervalMonths, updatedAt: values.updatedAt, updatedBy: values.updatedBy },
    });
}

/**
 * Active contracts whose next execution check falls in [from, to]: the last check (or the start date when none)
 * plus the contract's interval (default monthly; PostgreSQL month arithmetic keeps the day, clamped to the month's
 * end). Contracts without a project manager are skipped (nobody to remind).
 */
export async function checksDueBetween(db: Executor, range: { from: string; to: string }, defaultMonths: number) {
  return queryRows<{ contract_id: string; due: string; project_manager_id: string }>(
    db,
    sql`select * from (
        select c.id as contract_id, c.project_manager_id,
          (coalesce((select max(k.checked_on) from ${contractChecks} k where k.contract_id = c.id), c.start_date)
            + make_interval(months => coalesce(s.interval_months, ${defaultMonths}::int)))::date::text as due
        from ${contracts} c left join ${contractCheckSchedules} s on s.contract_id = c.id
        where c.status = 'active' and c.project_manager_id is not null) x
      where x.due between ${range.from} and ${range.to}`,
  );
}

/** The next check's due date for one contract (same rule as the reminder). */
export async function nextCheckDue(db: Executor, contractId: string, startDate: string, months: number) {
  const [row] = await queryRows<{ due: string }>(
    db,
    sql`select (coalesce((select max(checked_on) from ${contractChecks} where contract_id = ${contractId}),
        ${startDate}::date) + make_interval(months => ${months}::int))::date::text as due`,
  );
  return row?.due ?? startDate;
}
