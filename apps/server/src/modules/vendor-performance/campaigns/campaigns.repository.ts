import { and, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { containsPattern } from '../../../db/like-pattern';
import { pageWindow, selectPage, sortTerms } from '../../../db/list-page';
import { recordRows } from '../../../db/record-rows';
import { reEvaluationCampaigns, reEvaluationSheets, reEvaluationVendors } from '../vendor-performance.table';

export type CampaignRow = typeof reEvaluationCampaigns.$inferSelect;
export type NewCampaignRow = typeof reEvaluationCampaigns.$inferInsert;
export type CampaignVendorRow = typeof reEvaluationVendors.$inferSelect;

const rows = recordRows(reEvaluationCampaigns, 'campaign');

export const findCampaign = rows.find;

export const lockCampaign = rows.lock;

export const insertCampaign = rows.insert;

export const updateCampaignRow = rows.update;

/** Names of these campaigns, for other presenters (vendor actions). */
export async function campaignNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: reEvaluationCampaigns.id, name: reEvaluationCampaigns.name })
    .from(reEvaluationCampaigns)
    .where(inArray(reEvaluationCampaigns.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface NewCampaignVendor {
  id: string;
  vendorId: string;
  name: string;
  reference: string;
  tier: string;
}
export interface NewSheet {
  id: string;
  vendorId: string;
  evaluatorId: string;
}

/**
 * The campaign's vendors and pending score sheets, each set in one statement over a JSON parameter (thousands of
 * rows: one parameter instead of one per value keeps a 2,000-vendor campaign well inside its 5 s).
 */
export async function insertCampaignVendorsAndSheets(
  tx: Executor,
  campaign: { id: string; at: Date; by: string | null },
  vendorRows: NewCampaignVendor[],
  sheetRows: NewSheet[],
): Promise<void> {
  await tx.execute(sql`
    insert into ${reEvaluationVendors} (id, campaign_id, vendor_id, vendor_name, vendor_reference, vendor_tier)
    select x.id, ${campaign.id}::uuid, x."vendorId", x.name, x.reference, x.tier
    from jsonb_to_recordset(${JSON.stringify(vendorRows)}::jsonb)
      as x(id uuid, "vendorId" uuid, name text, reference text, tier text)`);
  await tx.execute(sql`
    insert into ${reEvaluationSheets} (id, created_at, created_by, updated_at, updated_by, version, campaign_id,
                                       vendor_id, evaluator_id, status, scores, comments)
    select x.id, ${campaign.at}, ${campaign.by}::uuid, ${campaign.at}, ${campaign.by}::uuid, 1, ${campaign.id}::uuid,
           x."vendorId", x."evaluatorId", 'pending', '{}'::jsonb, '{}'::jsonb
    from jsonb_to_recordset(${JSON.stringify(sheetRows)}::jsonb) as x(id uuid, "vendorId" uuid, "evaluatorId" uuid)`);
}

const SORT = {
  createdAt: reEvaluationCampaigns.createdAt,
  dueDate: reEvaluationCampaigns.dueDate,
  year: reEvaluationCampaigns.year,
  reference: reEvaluationCampaigns.reference,
} as const;

/** A page of campaigns; `evaluatorId` narrows to the campaigns that person scores in (callers who don't run them). */
export async function listCampaigns(
  db: Executor,
  query: {
    page: number;
    pageSize: number;
    sort?: string;
    q?: string;
    status?: string;
    year?: number;
  },
  scope: { evaluatorId: string | null },
): Promise<{ rows: CampaignRow[]; total: number }> {
  const c = reEvaluationCampaigns;
  const conditions: (SQL | undefined)[] = [];
  if (scope.evaluatorId) {
    conditions.push(
      sql`exists (select 1 from ${reEvaluationSheets} s where s.campaign_id = ${c.id} and s.evaluator_id = ${scope.evaluatorId})`,
    );
  }
  if (query.status) conditions.push(eq(c.status, query.status));
  if (query.year) conditions.push(eq(c.year, query.year));
  if (query.q)
    conditions.push(or(ilike(c.name, containsPattern(query.q)), ilike(c.reference, containsPattern(query.q))));
  const where = and(...conditions);
  const order = sortTerms(query.sort, SORT, { fallback: '-createdAt', tieBreaker: c.id, tie: 'desc' });
  const rows = db
    .select()
    .from(c)
    .where(where)
    .orderBy(...order)
    .$dynamic();
  return selectPage(db, rows, { table: c, where }, pageWindow(query));
}

export interface Progress {
  vendors: number;
  sheetsSubmitted: number;
  sheetsTotal: number;
}

/** Sheets submitted / total and vendors per campaign (one query for a page). */
export async function campaignProgress(db: Executor, ids: readonly string[]): Promise<Map<string, Progress>> {
  if (ids.length === 0) return new Map();
  const s = reEvaluationSheets;
  const rows = await db
    .select({
      campaignId: s.campaignId,
      vendors: sql<number>`count(distinct ${s.vendorId})::int`,
      submitted: sql<number>`(count(*) filter (where ${s.status} = 'submitted'))::int`,
      total: sql<number>`count(*)::int`,
    })
    .from(s)
    .where(inArray(s.campaignId, [...ids]))
    .groupBy(s.campaignId);
  return new Map(
    rows.map((r) => [
      r.campaignId,
      { vendors: Number(r.vendors), sheetsSubmitted: Number(r.submitted), sheetsTotal: Number(r.total) },
    ]),
  );
}

/** The campaigns (of these) in which `userId` has a score sheet. */
export async function campaignsScoredBy(db: Executor, ids: readonly string[], userId: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: reEvaluationSheets.campaignId })
    .from(reEvaluationSheets)
    .where(and(inArray(reEvaluationSheets.campaignId, [...ids]), eq(reEvaluationSheets.evaluatorId, userId)));
  return new Set(rows.map((r) => r.id));
}
