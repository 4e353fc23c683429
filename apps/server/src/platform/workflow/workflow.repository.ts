import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { approvalEvents, approvals, approvalTasks, workflowDefinitions } from './workflow.table';

export type DefinitionRow = typeof workflowDefinitions.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;
export type NewApprovalRow = typeof approvals.$inferInsert;
export type TaskRow = typeof approvalTasks.$inferSelect;
export type NewTaskRow = typeof approvalTasks.$inferInsert;
export type EventRow = typeof approvalEvents.$inferSelect;
export type NewEventRow = typeof approvalEvents.$inferInsert;

export async function findDefinitionByCode(db: Executor, code: string): Promise<DefinitionRow | undefined> {
  const [row] = await db.select().from(workflowDefinitions).where(eq(workflowDefinitions.code, code));
  return row;
}

export async function lockDefinition(tx: Executor, id: string): Promise<DefinitionRow | undefined> {
  const [row] = await tx.select().from(workflowDefinitions).where(eq(workflowDefinitions.id, id)).for('update');
  return row;
}

export function listDefinitions(db: Executor): Promise<DefinitionRow[]> {
  return db.select().from(workflowDefinitions).orderBy(asc(workflowDefinitions.code));
}

export async function updateDefinitionRow(
  tx: Executor,
  id: string,
  set: Partial<typeof workflowDefinitions.$inferInsert>,
): Promise<DefinitionRow> {
  const [row] = await tx.update(workflowDefinitions).set(set).where(eq(workflowDefinitions.id, id)).returning();
  if (!row) throw new Error('definition update returned nothing');
  return row;
}

export async function findApproval(db: Executor, id: string): Promise<ApprovalRow | undefined> {
  const [row] = await db.select().from(approvals).where(eq(approvals.id, id));
  return row;
}

/** The approval, locked until the transaction ends: decisions on one approval run one after the other. */
export async function lockApproval(tx: Executor, id: string): Promise<ApprovalRow | undefined> {
  const [row] = await tx.select().from(approvals).where(eq(approvals.id, id)).for('update');
  return row;
}

export async function insertApproval(tx: Executor, values: NewApprovalRow): Promise<ApprovalRow> {
  const [row] = await tx.insert(approvals).values(values).returning();
  if (!row) throw new Error('approval insert returned nothing');
  return row;
}

export async function updateApprovalRow(tx: Executor, id: string, set: Partial<NewApprovalRow>): Promise<ApprovalRow> {
  const [row] = await tx
    .update(approvals)
    .set({ ...set, version: sql`${approvals.version} + 1` })
    .where(eq(approvals.id, id))
    .returning();
  if (!row) throw new Error('approval update returned nothing');
  return row;
}

/** The pending or returned approval of a record, if any. */
export async function findRunningApproval(
  db: Executor,
  recordType: string,
  recordId: string,
): Promise<ApprovalRow | undefined> {
  const [row] = await db
    .select()
    .from(approvals)
    .where(
      and(
        eq(approvals.recordType, recordType),
        eq(approvals.recordId, recordId),
        inArray(approvals.status, ['pending', 'returned']),
      ),
    );
  return row;
}

export async function findTask(db: Executor, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(approvalTasks).where(eq(approvalTasks.id, id));
  return row;
}

export async function insertTasks(tx: Executor, rows: NewTaskRow[]): Promise<TaskRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(approvalTasks).values(rows).returning();
}

/**
 * Closes a task only if it is still open (the race guard): undefined when another decision got there first.
 */
export async function closeOpenTask(
  tx: Executor,
  id: string,
  set: Pick<NewTaskRow, 'status' | 'comment' | 'decidedAt' | 'decidedBy'>,
): Promise<TaskRow | undefined> {
  const [row] = await tx
    .update(approvalTasks)
    .set(set)
    .where(and(eq(approvalTasks.id, id), eq(approvalTasks.status, 'open')))
    .returning();
  return row;
}

/** Cancels the open tasks of an approval (of one stage when given); returns them. */
export function cancelOpenTasks(tx: Executor, approvalId: string, at: Date, stageIndex?: number): Promise<TaskRow[]> {
  const filters = [eq(approvalTasks.approvalId, approvalId), eq(approvalTasks.status, 'open')];
  if (stageIndex !== undefined) filters.push(eq(approvalTasks.stageIndex, stageIndex));
  return tx
    .update(approvalTasks)
    .set({ status: 'cancelled', decidedAt: at })
    .where(and(...filters))
    .returning();
}

export function openTasksOfStage(db: Executor, approvalId: string, stageIndex: number): Promise<TaskRow[]> {
  return db
    .select()
    .from(approvalTasks)
    .where(
      and(
        eq(approvalTasks.approvalId, approvalId),
        eq(approvalTasks.stageIndex, stageIndex),
        eq(approvalTasks.status, 'open'),
      ),
    );
}

export function tasksOfApproval(db: Executor, approvalId: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(approvalTasks)
    .where(eq(approvalTasks.approvalId, approvalId))
    .orderBy(asc(approvalTasks.createdAt), asc(approvalTasks.id));
}

export async function isAssigneeOf(db: Executor, approvalId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: approvalTasks.id })
    .from(approvalTasks)
    .where(and(eq(approvalTasks.approvalId, approvalId), eq(approvalTasks.assigneeId, userId)))
    .limit(1);
  return !!row;
}

export async function insertEvent(tx: Executor, values: NewEventRow): Promise<void> {
  await tx.insert(approvalEvents).values(values);
}

export function eventsOfApproval(db: Executor, approvalId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(approvalEvents)
    .where(eq(approvalEvents.approvalId, approvalId))
    .orderBy(asc(approvalEvents.at), asc(approvalEvents.id));
}

export async function findRunningApprovalIds(
  db: Executor,
  recordType: string,
  recordIds: readonly string[],
): Promise<Map<string, string>> {
  if (recordIds.length === 0) return new Map();
  const rows = await db
    .select({ id: approvals.id, recordId: approvals.recordId })
    .from(approvals)
    .where(
      and(
        eq(approvals.recordType, recordType),
        inArray(approvals.recordId, [...recordIds]),
        inArray(approvals.status, ['pending', 'returned']),
      ),
    );
  return new Map(rows.map((r) => [r.recordId, r.id]));
}
