import type { EmergencyListQuery } from '@thirdline/shared/emergency/emergency.schemas';
import { and, between, eq, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { containsPattern } from '../../db/like-pattern';
import { pageWindow, selectPage, sortTerms } from '../../db/list-page';
import { recordRows } from '../../db/record-rows';
import { emergencyActions } from './emergency.table';

export type EmergencyActionRow = typeof emergencyActions.$inferSelect;
export type NewEmergencyActionRow = typeof emergencyActions.$inferInsert;

const rows = recordRows(emergencyActions, 'emergency action');

export const findEmergencyAction = rows.find;

export const lockEmergencyAction = rows.lock;

export const insertEmergencyAction = rows.insert;

export const updateEmergencyActionRow = rows.update;

const SORT_COLUMNS = {
  actedAt: emergencyActions.actedAt,
  reportDueAt: emergencyActions.reportDueAt,
  reference: emergencyActions.reference,
} as const;

/** Reports still due whose deadline is before `now`. */
export const overdueCondition = (now: Date) =>
  and(eq(emergencyActions.status, 'report-due'), lt(emergencyActions.reportDueAt, now));

/**
 * A page of emergency actions. `reporterId` narrows to one reporter's own actions (callers without the oversight
 * permission); the newest action comes first by default.
 */
export async function listEmergencyActions(
  db: Executor,
  query: EmergencyListQuery,
  scope: { reporterId: string | null; now: Date },
): Promise<{ rows: EmergencyActionRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (scope.reporterId) conditions.push(eq(emergencyActions.createdBy, scope.reporterId));
  if (query.status) conditions.push(eq(emergencyActions.status, query.status));
  if (query.overdue === true) conditions.push(overdueCondition(scope.now));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(
      or(
        ilike(emergencyActions.title, pattern),
        ilike(emergencyActions.reference, pattern),
        ilike(emergencyActions.description, pattern),
      ),
    );
  }
  const where = and(...conditions);
  const order = sortTerms(query.sort, SORT_COLUMNS, {
    fallback: '-actedAt',
    tieBreaker: emergencyActions.id,
    tie: 'desc',
  });
  const rows = db
    .select()
    .from(emergencyActions)
    .where(where)
    .orderBy(...order)
    .$dynamic();
  return selectPage(db, rows, { table: emergencyActions, where }, pageWindow(query));
}

/**
 * Reports still due whose deadline falls on a local date in [from, to] (inclusive, `YYYY-MM-DD` in `timeZone`):
 * what the reminder scan looks at. Few rows are ever still due, so the status index is enough.
 */
export async function reportsDueOnDates(db: Executor, timeZone: string, range: { from: string; to: string }) {
  const localDue = sql<string>`to_char(${emergencyActions.reportDueAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  return db
    .select({
      id: emergencyActions.id,
      dueDate: localDue,
      reportDueAt: emergencyActions.reportDueAt,
      reporterId: emergencyActions.createdBy,
      reference: emergencyActions.reference,
    })
    .from(emergencyActions)
    .where(and(eq(emergencyActions.status, 'report-due'), between(localDue, range.from, range.to)));
}
