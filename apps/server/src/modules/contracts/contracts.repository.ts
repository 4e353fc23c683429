import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { contracts } from './contracts.table';

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

export async function insertContractRow(tx: Executor, values: NewContractRow): Promise<ContractRow> {
  const [row] = await tx.insert(contracts).values(values).returning();
  if (!row) throw new Error('contract insert returned nothing');
  return row;
}

export async function updateContractRow(tx: Executor, id: string, set: Partial<NewContractRow>): Promise<ContractRow> {
  const [row] = await tx.update(contracts).set(set).where(eq(contracts.id, id)).returning();
  if (!row) throw new Error('contract update returned nothing');
  return row;
}
