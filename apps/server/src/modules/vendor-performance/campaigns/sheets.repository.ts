import { and, asc, between, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { pageWindow, parseSort, selectPage, sortTerms } from '../../../db/list-page';
import { reEvaluationCampaigns, reEvaluationSheets, reEvaluationVendors } from '../vendor-performance.table';

export type SheetRow = typeof reEvaluationSheets.$inferSelect;
const s = reEvaluationSheets;
const v = reEvaluationVendors;

export async function findSheet(db: Executor, campaignId: string, sheetId: string) {
  const [row] = await db
    .select({ sheet: s, vendorName: v.vendorName })
    .from(s)
    .innerJoin(v, and(eq(v.campaignId, s.campaignId), eq(v.vendorId, s.vendorId)))
    .where(and(eq(s.id, sheetId), eq(s.campaignId, campaignId)));
  return row;
}

export async function lockSheet(tx: Executor, campaignId: string, sheetId: string): Promise<SheetRow | undefined> {
  const [row] = await tx
    .select()
    .from(s)
    .where(and(eq(s.id, sheetId), eq(s.campaignId, campaignId)))
    .for('update');
  return row;
}

export async function updateSheetRow(tx: Executor, id: string, set: Partial<SheetRow>): Promise<SheetRow> {
  const [row] = await tx.update(s).set(set).where(eq(s.id, id)).returning();
  if (!row) throw new Error('sheet update returned nothing');
  return row;
}

/** A page of a campaign's sheets (optionally one evaluator's), by vendor name. */
export async function listSheets(
  db: Executor,
  campaignId: string,
  query: { page: number; pageSize: number; sort?: string; status?: string },
  evaluatorId: string | null,
) {
  const conditions: (SQL | undefined)[] = [eq(s.campaignId, campaignId)];
  if (evaluatorId) conditions.push(eq(s.evaluatorId, evaluatorId));
  if (query.status) conditions.push(eq(s.status, query.status));
  const where = and(...conditions);
  const join = and(eq(v.campaignId, s.campaignId), eq(v.vendorId, s.vendorId));
  const order = sortTerms(query.sort, { vendor: v.vendorName }, { fallback: 'vendor', tieBreaker: s.id, tie: 'asc' });
  const rows = db
    .select({ sheet: s, vendorName: v.vendorName })
    .from(s)
    .innerJoin(v, join)
    .where(where)
    .orderBy(...order);
  return selectPage(db, rows.$dynamic(), { table: s, where }, pageWindow(query));
}

/** Each vendor of a campaign with its sheet counts and the mean of its submitted totals (the live score). */
export async function campaignVendorPage(
  db: Executor,
  campaignId: string,
  query: { page: number; pageSize: number; sort?: string; grade?: string },
) {
  const submitted = sql`${s.status} = 'submitted'`;
  const liveScore = sql<string | null>`coalesce(${v.score}, round(avg(${s.total}) filter (where ${submitted}), 2))`;
  const conditions: (SQL | undefined)[] = [eq(v.campaignId, campaignId)];
  if (query.grade) conditions.push(eq(v.grade, query.grade));
  const where = and(...conditions);
  const { field, descending } = parseSort(query.sort, 'name');
  const order =
    field === 'score'
      ? [sql`${liveScore} ${sql.raw(descending ? 'desc' : 'asc')} nulls last`, asc(v.id)]
      : sortTerms(query.sort, { name: v.vendorName }, { fallback: 'name', tieBreaker: v.id, tie: 'asc' });
  const rows = db
    .select({
      row: v,
      sheetsTotal: sql<number>`count(${s.id})::int`,
      sheetsSubmitted: sql<number>`(count(${s.id}) filter (where ${submitted}))::int`,
      liveScore,
    })
    .from(v)
    .leftJoin(s, and(eq(s.campaignId, v.campaignId), eq(s.vendorId, v.vendorId)))
    .where(where)
    .groupBy(v.id)
    .orderBy(...order);
  return selectPage(db, rows.$dynamic(), { table: v, where }, pageWindow(query));
}

/** Mean submitted total per vendor of a campaign (vendors without a submitted sheet are absent). */
export async function submittedMeans(tx: Executor, campaignId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ vendorId: s.vendorId, mean: sql<string>`round(avg(${s.total}), 2)` })
    .from(s)
    .where(and(eq(s.campaignId, campaignId), eq(s.status, 'submitted')))
    .groupBy(s.vendorId);
  return new Map(rows.map((r) => [r.vendorId, Number(r.mean)]));
}

/** Fixes the scores and grades of a campaign's vendors (closing), in one statement. */
export async function setVendorGrades(
  tx: Executor,
  campaignId: string,
  grades: { vendorId: string; score: number; grade: string }[],
) {
  if (grades.length === 0) return;
  await tx.execute(sql`
    update ${v} set score = x.score, grade = x.grade
    from jsonb_to_recordset(${JSON.stringify(grades)}::jsonb) as x("vendorId" uuid, score numeric, grade text)
    where ${v.campaignId} = ${campaignId}::uuid and ${v.vendorId} = x."vendorId"`);
}

/** A vendor's grades in closed campaigns, oldest year first (the trend chart). */
export async function gradesOfVendor(db: Executor, vendorId: string) {
  const c = reEvaluationCampaigns;
  return db
    .select({
      campaignId: c.id,
      campaignName: c.name,
      year: c.year,
      score: v.score,
      grade: v.grade,
      closedAt: c.closedAt,
    })
    .from(v)
    .innerJoin(c, eq(c.id, v.campaignId))
    .where(and(eq(v.vendorId, vendorId), eq(c.status, 'closed'), isNotNull(v.grade)))
    .orderBy(asc(c.year), asc(c.closedAt));
}

/** Evaluators with pending sheets in open campaigns due in [from, to] (the due-date reminder). */
export async function pendingEvaluatorsDue(db: Executor, range: { from: string; to: string }) {
  const c = reEvaluationCampaigns;
  return db
    .selectDistinct({ campaignId: c.id, evaluatorId: s.evaluatorId, dueDate: c.dueDate })
    .from(s)
    .innerJoin(c, eq(c.id, s.campaignId))
    .where(and(eq(c.status, 'open'), eq(s.status, 'pending'), between(c.dueDate, range.from, range.to)));
}
