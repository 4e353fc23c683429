import { addDays, toDayNumber } from './iso-date';
import type { WorkingCalendar } from './working-calendar';

/**
 * Dates in the organisation's time zone. "Today" is always derived from an instant the caller got from the Clock.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function localParts(instant: Date, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts;
}

/** The calendar date `YYYY-MM-DD` of `instant` in `timeZone` (23:30 in Shanghai is still "today" there). */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant local midnight begins `isoDate` in `timeZone`. */
export function startOfLocalDay(isoDate: string, timeZone: string): Date {
  const guess = toDayNumber(isoDate) * 86_400_000;
  const first = guess - offsetMs(new Date(guess), timeZone);
  const second = guess - offsetMs(new Date(first), timeZone);
  return new Date(second);
}

/**
 * A deadline `hours` after `start`. With `workingDaysOnly`, only time on working days (whole days, in the
 * organisation's zone) counts: 24 hours from Friday 10:00 before a normal weekend ends Monday 10:00.
 */
export function deadlineAfterHours(
  start: Date,
  hours: number,
  options: { calendar?: WorkingCalendar; timeZone?: string; workingDaysOnly?: boolean } = {},
): Date {
  let remaining = hours * 3_600_000;
  if (!options.workingDaysOnly) return new Date(start.getTime() + remaining);
  const { calendar, timeZone } = options;
  if (!calendar || !timeZone) throw new Error('workingDaysOnly needs a calendar and a time zone');
  let cursor = start.getTime();
  for (let guard = 0; guard < 100_000; guard++) {
    const today = localDate(new Date(cursor), timeZone);
    if (!calendar.isWorkingDay(today)) {
      cursor = startOfLocalDay(calendar.addWorkingDays(today, 0), timeZone).getTime();
      continue;
    }
    const endOfDay = startOfLocalDay(addDays(today, 1), timeZone).getTime();
    if (remaining <= endOfDay - cursor) return new Date(cursor + remaining);
    remaining -= endOfDay - cursor;
    cursor = endOfDay;
  }
  throw new Error('deadline too far away');
}

/**
 * Due `n` working days from the local date of `now`: the date, and the instant it ends (the next local midnight),
 * which is when the obligation becomes overdue.
 */
export function dueAfterWorkingDays(
  now: Date,
  n: number,
  calendar: WorkingCalendar,
  timeZone: string,
): { date: string; overdueAt: Date } {
  const date = calendar.addWorkingDays(localDate(now, timeZone), n);
  return { date, overdueAt: startOfLocalDay(addDays(date, 1), timeZone) };
}
