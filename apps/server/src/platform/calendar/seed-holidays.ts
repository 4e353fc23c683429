import type { Db } from '../../db/client';
import type { Clock } from './clock';
import { chinaHolidaySchedule } from './china-holidays';
import { claimYearForSeed, insertHolidays } from './calendar.repository';

/**
 * Fills every built-in year that is not yet in the calendar. Idempotent and safe with several instances starting
 * together (the year row is claimed with insert … on conflict do nothing); a year an administrator has edited,
 * even emptied, is never touched again.
 */
export async function seedHolidayCalendar(db: Db, clock: Clock): Promise<number[]> {
  const seeded: number[] = [];
  for (const [year, entries] of chinaHolidaySchedule()) {
    await db.transaction(async (tx) => {
      const at = clock.now();
      if (!(await claimYearForSeed(tx, year, at))) return;
      await insertHolidays(tx, entries, { at, by: null });
      seeded.push(year);
    });
  }
  return seeded;
}
