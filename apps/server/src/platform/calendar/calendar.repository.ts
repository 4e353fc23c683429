import type { HolidayEntry } from '@thirdline/shared/calendar/calendar.schemas';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { holidays, holidayYears } from './calendar.table';
import { WorkingCalendar } from './working-calendar';

export type HolidayRow = typeof holidays.$inferSelect;
export type HolidayYearRow = typeof holidayYears.$inferSelect;

/** The whole calendar (a few dozen rows a year), ready for arithmetic. */
export async function loadWorkingCalendar(db: Executor): Promise<WorkingCalendar> {
  return new WorkingCalendar(await db.select({ date: holidays.date, kind: holidays.kind }).from(holidays));
}

export async function listHolidaysOfYear(db: Executor, year: number): Promise<HolidayRow[]> {
  return db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date));
}

export async function findHolidayYear(db: Executor, year: number, lock = false): Promise<HolidayYearRow | undefined> {
  const query = db.select().from(holidayYears).where(eq(holidayYears.year, year));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Claims a year for the seed; false when the year is already filled (by the seed or an administrator). */
export async function claimYearForSeed(tx: Executor, year: number, at: Date): Promise<boolean> {
  const claimed = await tx
    .insert(holidayYears)
    .values({ year, source: 'seed', version: 1, createdAt: at, updatedAt: at })
    .onConflictDoNothing()
    .returning({ year: holidayYears.year });
  return claimed.length > 0;
}

/**
 * Makes sure the year has its row (version 0 when new) before it is locked, so two administrators filling a new
 * year at the same moment queue on that row: one wins, the other gets a version conflict.
 */
export async function ensureHolidayYear(tx: Executor, year: number, at: Date): Promise<void> {
  await tx
    .insert(holidayYears)
    .values({ year, source: 'admin', version: 0, createdAt: at, updatedAt: at })
    .onConflictDoNothing();
}

export async function upsertHolidayYear(
  tx: Executor,
  row: { year: number; version: number; at: Date; by: string | null },
): Promise<void> {
  const values = { source: 'admin' as const, version: row.version, updatedAt: row.at, updatedBy: row.by };
  await tx
    .insert(holidayYears)
    .values({ year: row.year, createdAt: row.at, ...values })
    .onConflictDoUpdate({ target: holidayYears.year, set: values });
}

export async function deleteHolidaysOfYear(tx: Executor, year: number): Promise<void> {
  await tx.delete(holidays).where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)));
}

/** Inserts entries; a date already present is left as it is (the seed never overwrites). */
export async function insertHolidays(
  tx: Executor,
  entries: HolidayEntry[],
  meta: { at: Date; by: string | null; createdAt?: Map<string, Date> },
): Promise<void> {
  if (entries.length === 0) return;
  await tx
    .insert(holidays)
    .values(
      entries.map((e) => ({
        ...e,
        createdAt: meta.createdAt?.get(e.date) ?? meta.at,
        createdBy: meta.by,
        updatedAt: meta.at,
        updatedBy: meta.by,
      })),
    )
    .onConflictDoNothing();
}
