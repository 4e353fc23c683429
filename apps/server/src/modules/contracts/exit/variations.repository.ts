import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { contractRenewalDecisions, contractVariations } from './exit.table';

export type VariationRow = typeof contractVariations.$inferSelect;
export type NewVariationRow = typeof contractVariations.$inferInsert;
export type RenewalRow = typeof contractRenewalDecisions.$inferSelect;
export type NewRenewalRow = typeof contractRenewalDecisions.$inferInsert;

const OPEN_VARIATION = ['in-review', 'in-approval'];

export async function listVariations(db: Executor, contractId: string): Promise<VariationRow[]> {
  return db
    .select()
    .from(contractVariations)
    .where(eq(contractVariations.contractId, contractId))
    .orderBy(asc(contractVariations.number));
}

export async function findVariation(db: Executor, contractId: string, id: string): Promise<VariationRow | undefined> {
  const [row] = await db
    .select()
    .from(contractVariations)
    .where(and(eq(contractVariations.contractId, contractId), eq(contractVariations.id, id)));
  return row;
}

export async function lockVariation(tx: Executor, id: string): Promise<VariationRow | undefined> {
  const [row] = await tx.select().from(contractVariations).where(eq(contractVariations.id, id)).for('update');
  return row;
}

/** The variation of this contract still being reviewed or approved, if any (one at a time). */
export async function openVariation(db: Executor, contractId: string): Promise<VariationRow | undefined> {
  const [row] = await db
    .select()
    .from(contractVariations)
    .where(and(eq(contractVariations.contractId, contractId), inArray(contractVariations.status, OPEN_VARIATION)));
  return row;
}

/** The next request number and the next supplementary agreement number of a contract (call with it locked). */
export async function nextVariationNumbers(db: Executor, contractId: string) {
  const [row] = await db
    .select({ number: max(contractVariations.number), supplement: max(contractVariations.supplementNumber) })
    .from(contractVariations)
    .where(eq(contractVariations.contractId, contractId));
  return { number: (row?.number ?? 0) + 1, supplement: (row?.supplement ?? 0) + 1 };
}

export async function insertVariation(tx: Executor, values: NewVariationRow): Promise<VariationRow> {
  const [row] = await tx.insert(contractVariations).values(values).returning();
  if (!row) throw new Error('variation insert returned nothing');
  return row;
}

export async function updateVariation(tx: Executor, id: string, set: Partial<NewVariationRow>): Promise<VariationRow> {
  const [row] = await tx.update(contractVariations).set(set).where(eq(contractVariations.id, id)).returning();
  if (!row) throw new Error('variation update returned nothing');
  return row;
}

export async function listRenewalDecisions(db: Executor, contractId: string): Promise<RenewalRow[]> {
  return db
    .select()
    .from(contractRenewalDecisions)
    .where(eq(contractRenewalDecisions.contractId, contractId))
    .orderBy(asc(contractRenewalDecisions.createdAt), asc(contractRenewalDecisions.id));
}

export async function lockRenewalDecision(tx: Executor, id: string): Promise<RenewalRow | undefined> {
  const [row] = await tx
    .select()
    .from(contractRenewalDecisions)
    .where(eq(contractRenewalDecisions.id, id))
    .for('update');
  return row;
}

export async function renewalInApproval(db: Executor, contractId: string): Promise<RenewalRow | undefined> {
  const [row] = await db
    .select()
    .from(contractRenewalDecisions)
    .where(
      and(eq(contractRenewalDecisions.contractId, contractId), eq(contractRenewalDecisions.status, 'in-approval')),
    );
  return row;
}

export async function insertRenewalDecision(tx: Executor, values: NewRenewalRow): Promise<RenewalRow> {
  const [row] = await tx.insert(contractRenewalDecisions).values(values).returning();
  if (!row) throw new Error('renewal decision insert returned nothing');
  return row;
}

export async function updateRenewalDecision(
  tx: Executor,
  id: string,
  set: Partial<NewRenewalRow>,
): Promise<RenewalRow> {
  const [row] = await tx
    .update(contractRenewalDecisions)
    .set(set)
    .where(eq(contractRenewalDecisions.id, id))
    .returning();
  if (!row) throw new Error('renewal decision update returned nothing');
  return row;
}

export async function findVariationContractId(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ contractId: contractVariations.contractId })
    .from(contractVariations)
    .where(eq(contractVariations.id, id));
  return row?.contractId;
}

export async function findRenewalContractId(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ contractId: contractRenewalDecisions.contractId })
    .from(contractRenewalDecisions)
    .where(eq(contractRenewalDecisions.id, id));
  return row?.contractId;
}
