import { and, between, gt, gte, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { contracts } from '../contracts.table';

/** Contracts that still run (approved or active): the ones whose end and notice deadline are reminded. */
const RUNNING = ['approved', 'active'];

const columns = {
  id: contracts.id,
  reference: contracts.reference,
  endDate: contracts.endDate,
  noticePeriodDays: contracts.noticePeriodDays,
  autoRenewal: contracts.autoRenewal,
  departmentId: contracts.departmentId,
  projectManagerId: contracts.projectManagerId,
};

export async function contractsEndingBetween(db: Executor, range: { from: string; to: string }) {
  return db
    .select(columns)
    .from(contracts)
    .where(and(inArray(contracts.status, RUNNING), between(contracts.endDate, range.from, range.to)));
}

/**
 * Contracts whose notice deadline (end date minus notice period) is in the range: those with a notice period, and
 * every auto-renewing one (it renews unless notice is given in time).
 */
export async function noticeDeadlinesBetween(db: Executor, range: { from: string; to: string }) {
  return db
    .select(columns)
    .from(contracts)
    .where(
      and(
        inArray(contracts.status, RUNNING),
        // The deadline is never after the end date: this bound lets the (status, end date) index narrow the scan.
        gte(contracts.endDate, range.from),
        or(gt(contracts.noticePeriodDays, 0), sql`${contracts.autoRenewal}`),
        sql`${contracts.endDate} - ${contracts.noticePeriodDays} between ${range.from}::date and ${range.to}::date`,
      ),
    );
}
