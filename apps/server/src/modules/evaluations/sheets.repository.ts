import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { evaluationConflicts, evaluationScores, evaluationSheets } from './evaluations.table';

const sqlExcluded = (column: 'score' | 'comment') => sql.raw(`excluded.${column}`);

export type SheetRow = typeof evaluationSheets.$inferSelect;
export type NewSheetRow = typeof evaluationSheets.$inferInsert;
export type ConflictRow = typeof evaluationConflicts.$inferSelect;
export type ScoreRow = typeof evaluationScores.$inferSelect;

export async function sheetsOf(db: Executor, evaluationId: string): Promise<SheetRow[]> {
  return db
    .select()
    .from(evaluationSheets)
    .where(eq(evaluationSheets.evaluationId, evaluationId))
    .orderBy(asc(evaluationSheets.createdAt), asc(evaluationSheets.id));
}

export async function findSheet(db: Executor, evaluationId: string, sheetId: string): Promise<SheetRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationSheets)
    .where(and(eq(evaluationSheets.id, sheetId), eq(evaluationSheets.evaluationId, evaluationId)));
  return row;
}

export async function lockSheet(tx: Executor, evaluationId: string, sheetId: string): Promise<SheetRow | undefined> {
  const [row] = await tx
    .select()
    .from(evaluationSheets)
    .where(and(eq(evaluationSheets.id, sheetId), eq(evaluationSheets.evaluationId, evaluationId)))
    .for('update');
  return row;
}

export async function insertSheets(tx: Executor, rows: NewSheetRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(evaluationSheets).values(rows);
}

/** Removes sheets (and their declarations) from a draft evaluation's panel; a draft has no scores yet. */
export async function deleteSheets(tx: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(evaluationConflicts).where(inArray(evaluationConflicts.sheetId, [...ids]));
  await tx.delete(evaluationScores).where(inArray(evaluationScores.sheetId, [...ids]));
  await tx.delete(evaluationSheets).where(inArray(evaluationSheets.id, [...ids]));
}

export async function updateSheetRow(tx: Executor, id: string, set: Partial<NewSheetRow>): Promise<SheetRow> {
  const [row] = await tx.update(evaluationSheets).set(set).where(eq(evaluationSheets.id, id)).returning();
  if (!row) throw new Error('score sheet update returned nothing');
  return row;
}

export async function conflictsOf(db: Executor, sheetIds: readonly string[]): Promise<ConflictRow[]> {
  if (sheetIds.length === 0) return [];
  return db
    .select()
    .from(evaluationConflicts)
    .where(inArray(evaluationConflicts.sheetId, [...sheetIds]))
    .orderBy(asc(evaluationConflicts.vendorId));
}

export async function replaceConflicts(
  tx: Executor,
  sheetId: string,
  conflicts: readonly { vendorId: string; reason: string }[],
): Promise<void> {
  await tx.delete(evaluationConflicts).where(eq(evaluationConflicts.sheetId, sheetId));
  if (conflicts.length > 0) await tx.insert(evaluationConflicts).values(conflicts.map((c) => ({ ...c, sheetId })));
}

export async function scoresOf(db: Executor, sheetIds: readonly string[]): Promise<ScoreRow[]> {
  if (sheetIds.length === 0) return [];
  return db
    .select()
    .from(evaluationScores)
    .where(inArray(evaluationScores.sheetId, [...sheetIds]))
    .orderBy(asc(evaluationScores.vendorId), asc(evaluationScores.criterionId));
}

/** How many scores each sheet of an evaluation holds (the progress view). */
export async function scoreCounts(db: Executor, evaluationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ sheetId: evaluationScores.sheetId, n: count() })
    .from(evaluationScores)
    .where(eq(evaluationScores.evaluationId, evaluationId))
    .groupBy(evaluationScores.sheetId);
  return new Map(rows.map((r) => [r.sheetId, r.n]));
}

export async function upsertScores(tx: Executor, rows: readonly ScoreRow[]): Promise<void> {
  if (rows.length === 0) return;
  // One statement per chunk keeps the bind-parameter count far below PostgreSQL's limit.
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insert(evaluationScores)
      .values(rows.slice(i, i + 1000) as ScoreRow[])
      .onConflictDoUpdate({
        target: [evaluationScores.sheetId, evaluationScores.vendorId, evaluationScores.criterionId],
        set: { score: sqlExcluded('score'), comment: sqlExcluded('comment') },
      });
  }
}

export async function deleteScoresForVendors(tx: Executor, sheetId: string, vendorIds: readonly string[]) {
  if (vendorIds.length === 0) return;
  await tx
    .delete(evaluationScores)
    .where(and(eq(evaluationScores.sheetId, sheetId), inArray(evaluationScores.vendorId, [...vendorIds])));
}

export interface ScoreCell {
  vendorId: string;
  criterionId: string;
  evaluatorIds: string[];
  scores: number[];
  comments: string[];
}

/**
 * The scores of an evaluation's submitted sheets, one cell per vendor and criterion with every evaluator's score
 * and the non-empty comments (what results are computed from). The database groups them and sends the whole set as
 * one JSON text, evaluators as positions in one list: parsing 800 rows of arrays in the driver cost more than the
 * query and the results computation together.
 */
export async function submittedScoreCells(db: Executor, evaluationId: string): Promise<ScoreCell[]> {
  const [row] = await queryRows<{ data: string }>(
    db,
    sql`with h as (
          select id, evaluator_id, (row_number() over (order by id) - 1)::int as n
            from ${evaluationSheets} where evaluation_id = ${evaluationId} and status = 'submitted'),
        cells as (
          select s.vendor_id, s.criterion_id, array_agg(h.n) as e, array_agg(s.score) as s,
                 array_agg(s.comment) filter (where s.comment <> '') as m
            from ${evaluationScores} s join h on h.id = s.sheet_id
           where s.evaluation_id = ${evaluationId}
           group by s.vendor_id, s.criterion_id)
        select json_build_object(
          'evaluators', coalesce((select json_agg(evaluator_id order by n) from h), '[]'),
          'cells', coalesce((select json_agg(json_build_array(vendor_id, criterion_id, e, s, m)) from cells), '[]')
        )::text as data`,
  );
  const data = JSON.parse(row?.data ?? '{"evaluators":[],"cells":[]}') as {
    evaluators: string[];
    cells: [string, string, number[], number[], string[] | null][];
  };
  return data.cells.map(([vendorId, criterionId, positions, scores, comments]) => ({
    vendorId,
    criterionId,
    evaluatorIds: positions.map((n) => data.evaluators[n] as string),
    scores,
    comments: comments ?? [],
  }));
}

export async function findSheetById(db: Executor, id: string): Promise<SheetRow | undefined> {
  const [row] = await db.select().from(evaluationSheets).where(eq(evaluationSheets.id, id));
  return row;
}
