import type { VendorActionListQuery } from '@thirdline/shared/vendor-performance/vendor-actions.schemas';
import { and, between, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { containsPattern } from '../../../db/like-pattern';
import { pageWindow, selectPage, sortTerms } from '../../../db/list-page';
import { recordRows } from '../../../db/record-rows';
import { vendorActions } from '../vendor-performance.table';

export type VendorActionRow = typeof vendorActions.$inferSelect;
export type NewVendorActionRow = typeof vendorActions.$inferInsert;

const rows = recordRows(vendorActions, 'vendor action');

export const findVendorAction = rows.find;

export const lockVendorAction = rows.lock;

export const insertVendorAction = rows.insert;

export const updateVendorActionRow = rows.update;

const SORT_COLUMNS = {
  createdAt: vendorActions.createdAt,
  reference: vendorActions.reference,
  deadline: vendorActions.deadline,
} as const;

/** A page of vendor actions, newest first by default. */
export async function listVendorActions(
  db: Executor,
  query: VendorActionListQuery,
): Promise<{ rows: VendorActionRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (query.vendorId) conditions.push(eq(vendorActions.vendorId, query.vendorId));
  if (query.campaignId) conditions.push(eq(vendorActions.campaignId, query.campaignId));
  if (query.kind) conditions.push(eq(vendorActions.kind, query.kind));
  if (query.status) conditions.push(eq(vendorActions.status, query.status));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(vendorActions.reference, pattern), ilike(vendorActions.reason, pattern)));
  }
  const where = and(...conditions);
  const order = sortTerms(query.sort, SORT_COLUMNS, {
    fallback: '-createdAt',
    tieBreaker: vendorActions.id,
    tie: 'desc',
  });
  const rows = db
    .select()
    .from(vendorActions)
    .where(where)
    .orderBy(...order)
    .$dynamic();
  return selectPage(db, rows, { table: vendorActions, where }, pageWindow(query));
}

/** Approved rectification requests (not yet closed) whose deadline is in [from, to]: what the reminder scan sends. */
export async function rectificationsDue(db: Executor, range: { from: string; to: string }) {
  return db
    .select({
      id: vendorActions.id,
      deadline: vendorActions.deadline,
      vendorId: vendorActions.vendorId,
      requesterId: vendorActions.createdBy,
    })
    .from(vendorActions)
    .where(
      and(
        eq(vendorActions.kind, 'rectification'),
        eq(vendorActions.status, 'approved'),
        between(vendorActions.deadline, range.from, range.to),
      ),
    );
}
