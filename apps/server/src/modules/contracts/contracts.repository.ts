import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { contracts, contractVendors } from './contracts.table';
import { moveLedgerTotals } from './ledger/ledger-totals.repository';

export type ContractRow = typeof contracts.$inferSelect;
export type NewContractRow = typeof contracts.$inferInsert;

export async function findContract(db: Executor, id: string): Promise<ContractRow | undefined> {
  const [row] = await db.select().from(contracts).where(eq(contracts.id, id));
  return row;
}

/** The contract row locked for the rest of the transaction (every change to a contract or its parts takes it). */
export async function lockContract(tx: Executor, id: string): Promise<ContractRow | undefined> {
  const [row] = await tx.select().from(contracts).where(eq(contracts.id, id)).for('update');
  return row;
}

/**
 * Every write to a contract row goes through insertContractRow, updateContractRow and deleteContractRow (exit):
 * they keep the ledger totals (contract_ledger_totals) in the same transaction.
 */
export async function insertContractRow(tx: Executor, values: NewContractRow): Promise<ContractRow> {
  const [row] = await tx.insert(contracts).values(values).returning();
  if (!row) throw new Error('contract insert returned nothing');
  await moveLedgerTotals(tx, row.id, undefined, row);
  return row;
}

export async function updateContractRow(tx: Executor, id: string, set: Partial<NewContractRow>): Promise<ContractRow> {
  const moves = set.status !== undefined || set.currency !== undefined || set.amount !== undefined;
  const before = moves ? await findContract(tx, id) : undefined;
  const [row] = await tx.update(contracts).set(set).where(eq(contracts.id, id)).returning();
  if (!row) throw new Error('contract update returned nothing');
  if (before) await moveLedgerTotals(tx, id, before, row);
  return row;
}

/** Further vendors of framework contracts, by contract id (in the order they were added). */
export async function otherVendorIdsOf(db: Executor, contractIds: readonly string[]): Promise<Map<string, string[]>> {
  const byContract = new Map<string, string[]>(contractIds.map((id) => [id, []]));
  if (contractIds.length === 0) return byContract;
  const rows = await db
    .select()
    .from(contractVendors)
    .where(inArray(contractVendors.contractId, [...new Set(contractIds)]));
  for (const r of rows) byContract.get(r.contractId)?.push(r.vendorId);
  return byContract;
}

/** Replaces a framework contract's further vendors. */
export async function replaceOtherVendors(tx: Executor, contractId: string, vendorIds: readonly string[]) {
  await tx.delete(contractVendors).where(eq(contractVendors.contractId, contractId));
  if (vendorIds.length > 0) {
    await tx.insert(contractVendors).values(vendorIds.map((vendorId) => ({ contractId, vendorId })));
  }
}

/** A contract by its exact title (the first one), for idempotent demo data. */
export async function findContractByTitle(db: Executor, title: string): Promise<ContractRow | undefined> {
  const [row] = await db.select().from(contracts).where(eq(contracts.title, title)).limit(1);
  return row;
}
