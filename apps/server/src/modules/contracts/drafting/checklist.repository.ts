import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { ClauseRow } from './clauses.repository';
import { contractChecklistItems, contractChecklists, contractClauses } from './drafting.table';

export type ChecklistRow = typeof contractChecklists.$inferSelect;
export type ChecklistItemRow = typeof contractChecklistItems.$inferSelect;
export interface ChecklistEntry {
  item: ChecklistItemRow;
  clause: ClauseRow;
}

export async function findChecklist(db: Executor, contractId: string): Promise<ChecklistRow | undefined> {
  const [row] = await db.select().from(contractChecklists).where(eq(contractChecklists.contractId, contractId));
  return row;
}

export async function lockChecklist(tx: Executor, contractId: string): Promise<ChecklistRow | undefined> {
  const [row] = await tx
    .select()
    .from(contractChecklists)
    .where(eq(contractChecklists.contractId, contractId))
    .for('update');
  return row;
}

/** Creates the header unless it exists; true when this call created it. */
export async function insertChecklist(tx: Executor, contractId: string, at: Date, by: string | null): Promise<boolean> {
  const rows = await tx
    .insert(contractChecklists)
    .values({ contractId, version: 1, createdAt: at, updatedAt: at, updatedBy: by })
    .onConflictDoNothing({ target: contractChecklists.contractId })
    .returning();
  return rows.length > 0;
}

/** Adds the given clauses as absent items unless the contract has them already. */
export async function insertMissingItems(
  tx: Executor,
  contractId: string,
  clauseIds: readonly string[],
): Promise<void> {
  if (clauseIds.length === 0) return;
  await tx
    .insert(contractChecklistItems)
    .values(clauseIds.map((clauseId) => ({ contractId, clauseId, status: 'absent' })))
    .onConflictDoNothing({ target: [contractChecklistItems.contractId, contractChecklistItems.clauseId] });
}

/** The contract's items with their clauses, in library order. */
export async function checklistEntries(db: Executor, contractId: string): Promise<ChecklistEntry[]> {
  const rows = await db
    .select({ item: contractChecklistItems, clause: contractClauses })
    .from(contractChecklistItems)
    .innerJoin(contractClauses, eq(contractClauses.id, contractChecklistItems.clauseId))
    .where(eq(contractChecklistItems.contractId, contractId))
    .orderBy(asc(contractClauses.sortOrder), asc(contractClauses.code));
  return rows;
}

export async function updateChecklistItem(
  tx: Executor,
  contractId: string,
  clauseId: string,
  set: Pick<ChecklistItemRow, 'status' | 'reference' | 'note'>,
): Promise<void> {
  await tx
    .update(contractChecklistItems)
    .set(set)
    .where(and(eq(contractChecklistItems.contractId, contractId), eq(contractChecklistItems.clauseId, clauseId)));
}

export async function touchChecklist(
  tx: Executor,
  contractId: string,
  set: Pick<ChecklistRow, 'version' | 'updatedAt' | 'updatedBy'>,
): Promise<void> {
  await tx.update(contractChecklists).set(set).where(eq(contractChecklists.contractId, contractId));
}
