import type { HolidayKind } from '@thirdline/shared/calendar/calendar.schemas';
import { fromDayNumber, toDayNumber, weekdayOf } from './iso-date';

export interface CalendarEntry {
  date: string;
  kind: HolidayKind;
}

/**
 * Working-day arithmetic over a loaded holiday calendar. Pure: no database, no clock.
 * A day is a working day when it is an adjusted working day (`workday`), or a Monday–Friday that is not a `holiday`.
 */
export class WorkingCalendar {
  private readonly exceptions = new Map<number, HolidayKind>();

  constructor(entries: Iterable<CalendarEntry> = []) {
    for (const e of entries) this.exceptions.set(toDayNumber(e.date), e.kind);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /**
   * The date `n` working days after `date` (before it when `n` is negative); `date` itself is never counted.
   * `n = 0` gives `date` when it is a working day, otherwise the next working day after it
   * ("due today, or the first working day from now").
   */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
    let day = toDayNumber(date);
    if (n === 0) {
      while (!this.isWorkingDayNumber(day)) day = this.step(day, 1, date);
      return fromDayNumber(day);
    }
    const direction = n > 0 ? 1 : -1;
    let remaining = Math.abs(n);
    const limit = Math.abs(n) * 7 + 400; // no real calendar has more than a year of days off in a row
    for (let steps = 0; remaining > 0; steps++) {
      if (steps > limit) throw new Error(`no working day found near ${date}`);
      day += direction;
      if (this.isWorkingDayNumber(day)) remaining--;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days from `from` to `to`, counting `to` but not `from` (the half-open range (from, to]),
   * so that `addWorkingDays(from, workingDaysBetween(from, to)) === to` whenever `to` is a working day.
   * Negative when `to` is before `from`: minus the working days in [to, from). Equal dates give 0.
   */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (a === b) return 0;
    const [start, end, sign] = a < b ? [a + 1, b, 1] : [b, a - 1, -1];
    // Whole weeks hold five weekdays; only exceptions inside the range change that.
    const days = end - start + 1;
    let count = Math.floor(days / 7) * 5;
    for (let d = start + Math.floor(days / 7) * 7; d <= end; d++) if (isWeekday(d)) count++;
    for (const [d, kind] of this.exceptions) {
      if (d < start || d > end) continue;
      if (kind === 'holiday' && isWeekday(d)) count--;
      if (kind === 'workday' && !isWeekday(d)) count++;
    }
    return sign * count;
  }

  private isWorkingDayNumber(day: number): boolean {
    const kind = this.exceptions.get(day);
    if (kind === 'workday') return true;
    if (kind === 'holiday') return false;
    return isWeekday(day);
  }

  private step(day: number, direction: 1 | -1, origin: string): number {
    const next = day + direction;
    if (Math.abs(next - toDayNumber(origin)) > 400) throw new Error(`no working day found near ${origin}`);
    return next;
  }
}

function isWeekday(day: number): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6;
}
