import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Executor } from '../../../db/client';
import { contracts } from '../contracts.table';
import { contractLedgerTotals, contractPaymentTotals } from './ledger.table';

/**
 * The kept ledger totals per status and currency (`contract_ledger_totals`). Every write to a contract row goes
 * through contracts.repository, which calls `moveLedgerTotals` in the same transaction; a payment calls
 * `addPaidToLedgerTotals`. Rows are changed with INSERT … ON CONFLICT in key order, so two transactions touching the
 * same keys wait for each other instead of deadlocking.
 */

/** The part of a contract row the totals are keyed and summed by. */
export interface LedgerShare {
  status: string;
  currency: string;
  amount: string;
}

const sameShare = (a: LedgerShare, b: LedgerShare) =>
  a.status === b.status && a.currency === b.currency && Number(a.amount) === Number(b.amount);

/**
 * Moves contract `contractId`'s share (one contract, its amount and what was paid on it) out of `before`'s key and
 * into `after`'s: `before` undefined for an insert, `after` undefined for a delete (call it before the row goes).
 * Nothing is written when neither key nor amount changed.
 */
export async function moveLedgerTotals(
  tx: Executor,
  contractId: string,
  before: LedgerShare | undefined,
  after: LedgerShare | undefined,
): Promise<void> {
  if (before && after && sameShare(before, after)) return;
  const deltas = [
    ...(before ? [{ s: before.status, c: before.currency, n: -1, a: before.amount }] : []),
    ...(after ? [{ s: after.status, c: after.currency, n: 1, a: after.amount }] : []),
  ];
  if (deltas.length === 0) return;
  await tx.execute(sql`
    insert into ${contractLedgerTotals} as k (status, currency, contracts, amount, paid)
    select d.s, d.c, sum(d.n)::int, sum(d.n * d.a), sum(d.n) * coalesce(
             (select p.paid from ${contractPaymentTotals} p where p.contract_id = ${contractId}), 0)
    from jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) as d(s text, c text, n int, a numeric)
    group by d.s, d.c
    order by d.s, d.c
    on conflict (status, currency) do update set contracts = k.contracts + excluded.contracts,
      amount = k.amount + excluded.amount, paid = k.paid + excluded.paid`);
}

/** Adds a payment to the totals of its contract's key (the caller holds the contract's row lock). */
export async function addPaidToLedgerTotals(tx: Executor, contractId: string, amount: string): Promise<void> {
  await tx.execute(sql`
    update ${contractLedgerTotals} k set paid = k.paid + ${amount}::numeric
    from ${contracts} c where c.id = ${contractId} and k.status = c.status and k.currency = c.currency`);
}

export interface KeptTotalRow {
  currency: string;
  count: number;
  amount: string;
  paid: string;
  unpaid: string;
}

/** Totals per currency of every contract, or of those in `status`, from the kept rows. */
export async function keptLedgerTotals(db: Executor, status: string | undefined): Promise<KeptTotalRow[]> {
  return queryRows<KeptTotalRow>(
    db,
    sql`select currency, sum(contracts)::int as count, sum(amount)::text as amount, sum(paid)::text as paid,
          (sum(amount) - sum(paid))::text as unpaid
        from ${contractLedgerTotals} ${status === undefined ? sql`` : sql`where status = ${status}`}
        group by currency having sum(contracts) > 0 order by currency`,
  );
}

/**
 * Rebuilds the kept totals from the contracts when they do not add up (the table is new on a database that already
 * had contracts, or rows were written around the repository). The table lock makes writers that have not yet moved
 * their share wait, so they apply it on top of the rebuilt rows. Returns whether it rebuilt.
 */
export async function reconcileLedgerTotals(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${contractLedgerTotals} in exclusive mode`);
    const [check] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select (select count(*) from ${contracts}) = (select coalesce(sum(contracts), 0) from ${contractLedgerTotals})
             and (select coalesce(sum(amount), 0) from ${contracts})
               = (select coalesce(sum(amount), 0) from ${contractLedgerTotals})
             and (select coalesce(sum(paid), 0) from ${contractPaymentTotals})
               = (select coalesce(sum(paid), 0) from ${contractLedgerTotals}) as ok`,
    );
    if (check?.ok) return false;
    await tx.execute(sql`delete from ${contractLedgerTotals}`);
    await tx.execute(sql`
      insert into ${contractLedgerTotals} (status, currency, contracts, amount, paid)
      select c.status, c.currency, count(*)::int, sum(c.amount), coalesce(sum(p.paid), 0)
      from ${contracts} c left join ${contractPaymentTotals} p on p.contract_id = c.id
      group by c.status, c.currency`);
    return true;
  });
}
