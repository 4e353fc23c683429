import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sourcingRequirementVersions, sourcingScopes } from './sourcing.table';

export type RequirementVersionRow = typeof sourcingRequirementVersions.$inferSelect;
export type ScopeRow = typeof sourcingScopes.$inferSelect;

/** Every requirement version of a request, oldest first. */
export async function requirementVersionsOf(db: Executor, requestId: string): Promise<RequirementVersionRow[]> {
  return db
    .select()
    .from(sourcingRequirementVersions)
    .where(eq(sourcingRequirementVersions.sourcingRequestId, requestId))
    .orderBy(asc(sourcingRequirementVersions.number));
}

export async function findRequirementVersion(
  db: Executor,
  requestId: string,
  number: number,
): Promise<RequirementVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(sourcingRequirementVersions)
    .where(
      and(eq(sourcingRequirementVersions.sourcingRequestId, requestId), eq(sourcingRequirementVersions.number, number)),
    );
  return row;
}

export async function insertRequirementVersion(
  tx: Executor,
  values: typeof sourcingRequirementVersions.$inferInsert,
): Promise<RequirementVersionRow> {
  const [row] = await tx.insert(sourcingRequirementVersions).values(values).returning();
  if (!row) throw new Error('requirement version insert returned nothing');
  return row;
}

export async function confirmRequirementVersionRow(
  tx: Executor,
  id: string,
  set: { confirmedAt: Date; confirmedBy: string },
): Promise<RequirementVersionRow> {
  const [row] = await tx
    .update(sourcingRequirementVersions)
    .set(set)
    .where(eq(sourcingRequirementVersions.id, id))
    .returning();
  if (!row) throw new Error('requirement version update returned nothing');
  return row;
}

export async function findScope(db: Executor, requestId: string): Promise<ScopeRow | undefined> {
  const [row] = await db.select().from(sourcingScopes).where(eq(sourcingScopes.sourcingRequestId, requestId));
  return row;
}

export async function insertScope(tx: Executor, values: typeof sourcingScopes.$inferInsert): Promise<ScopeRow> {
  const [row] = await tx.insert(sourcingScopes).values(values).returning();
  if (!row) throw new Error('scope insert returned nothing');
  return row;
}

export async function updateScopeRow(
  tx: Executor,
  id: string,
  set: Partial<typeof sourcingScopes.$inferInsert>,
): Promise<ScopeRow> {
  const [row] = await tx.update(sourcingScopes).set(set).where(eq(sourcingScopes.id, id)).returning();
  if (!row) throw new Error('scope update returned nothing');
  return row;
}
