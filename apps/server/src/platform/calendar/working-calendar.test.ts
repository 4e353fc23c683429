import { describe, expect, it } from 'vitest';
import { chinaHolidaySchedule } from './china-holidays';
import { isWeekend } from './iso-date';
import { WorkingCalendar } from './working-calendar';
import { deadlineAfterHours, dueAfterWorkingDays, localDate, startOfLocalDay } from './zoned-time';

const schedule = chinaHolidaySchedule();
const cal = new WorkingCalendar([...schedule.values()].flat());

describe('the built-in China schedule', () => {
  it('has every adjusted working day on a weekend and the official counts of days off', () => {
    for (const entries of schedule.values()) {
      for (const e of entries.filter((x) => x.kind === 'workday')) expect(isWeekend(e.date), e.date).toBe(true);
    }
    const count = (year: number, kind: string) => schedule.get(year)!.filter((e) => e.kind === kind).length;
    // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off; 5 adjusted working days.
    expect([count(2025, 'holiday'), count(2025, 'workday')]).toEqual([28, 5]);
    // 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off; 6 adjusted working days.
    expect([count(2026, 'holiday'), count(2026, 'workday')]).toEqual([33, 6]);
  });
});

describe('working days', () => {
  it('knows weekends, holidays and adjusted working days', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday worked (春节调休)
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // Monday in Spring Festival
    expect(cal.isWorkingDay('2026-02-22')).toBe(false); // Sunday in Spring Festival
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // ordinary Saturday
    expect(cal.isWorkingDay('2025-10-08')).toBe(false); // Wednesday, National Day
    expect(cal.isWorkingDay('2025-10-11')).toBe(true); // Saturday worked
  });

  it('adds working days across Spring Festival 2026 with its 调休 Saturdays', () => {
    // Thu 12 Feb → Fri 13, Sat 14 (worked), then 15–23 off, Tue 24 …
    expect(cal.addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-12', 6)).toBe('2026-02-27');
    expect(cal.addWorkingDays('2026-02-12', 7)).toBe('2026-02-28'); // Saturday worked
    expect(cal.addWorkingDays('2026-02-12', 8)).toBe('2026-03-02');
    expect(cal.workingDaysBetween('2026-02-12', '2026-03-02')).toBe(8);
  });

  it('adds working days across National Day 2025 and 2026', () => {
    // 2025: Sun 28 Sep worked, 1–8 Oct off, Sat 11 Oct worked.
    expect(cal.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(cal.addWorkingDays('2025-09-26', 3)).toBe('2025-09-30');
    expect(cal.addWorkingDays('2025-09-26', 4)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(cal.addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
    // 2026: Sun 20 Sep worked, Mid-Autumn 25–27 Sep, 1–7 Oct off, Sat 10 Oct worked.
    expect(cal.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
    expect(cal.addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4); // 8, 9, 10 (Sat), 12
  });

  it('counts backwards with negative N', () => {
    expect(cal.addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-24', -2)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2025-10-09', -1)).toBe('2025-09-30');
    expect(cal.addWorkingDays('2025-10-13', -7)).toBe('2025-09-26');
    expect(cal.workingDaysBetween('2026-03-02', '2026-02-12')).toBe(-8);
    expect(cal.addWorkingDays('2026-03-02', cal.workingDaysBetween('2026-03-02', '2026-02-12'))).toBe('2026-02-12');
  });

  it('crosses year boundaries', () => {
    // Wed 31 Dec 2025 → 1–3 Jan 2026 off, Sun 4 Jan worked.
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(cal.addWorkingDays('2026-01-04', -1)).toBe('2025-12-31');
    // Fri 27 Dec 2024 + 3: Mon 30, Tue 31, (1 Jan 2025 off) Thu 2 Jan.
    expect(cal.addWorkingDays('2024-12-27', 3)).toBe('2025-01-02');
    expect(cal.workingDaysBetween('2024-12-27', '2025-01-02')).toBe(3);
    // 2025: 261 weekdays − 18 holidays on weekdays + 5 worked weekend days (the official 248).
    expect(cal.workingDaysBetween('2025-01-01', '2025-12-31')).toBe(248);
  });

  it('N = 0 keeps a working day and moves a day off to the next working day', () => {
    expect(cal.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-15', 0)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
    expect(cal.workingDaysBetween('2026-02-15', '2026-02-15')).toBe(0);
  });

  it('workingDaysBetween agrees with day-by-day counting over long ranges', () => {
    let count = 0;
    for (let d = '2025-01-01'; d !== '2026-12-31';) {
      d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      if (cal.isWorkingDay(d)) count++;
    }
    expect(cal.workingDaysBetween('2025-01-01', '2026-12-31')).toBe(count);
    expect(cal.addWorkingDays('2025-01-01', count)).toBe('2026-12-31');
  });
});

describe('dates in the organisation time zone', () => {
  const zone = 'Asia/Shanghai';

  it('23:30 in Shanghai is still that day there although UTC is hours behind, and 00:30 is the next day', () => {
    expect(localDate(new Date('2026-02-13T15:30:00Z'), zone)).toBe('2026-02-13'); // 23:30 Shanghai
    expect(localDate(new Date('2026-02-13T16:30:00Z'), zone)).toBe('2026-02-14'); // 00:30 Shanghai, still 13th UTC
    expect(startOfLocalDay('2026-02-14', zone).toISOString()).toBe('2026-02-13T16:00:00.000Z');
  });

  it('"due in N working days" counts from the local date, not the UTC date', () => {
    // Friday 13 Feb 23:30 Shanghai: +1 working day is Sat 14 (worked), overdue from Sun 15 00:00 Shanghai.
    expect(dueAfterWorkingDays(new Date('2026-02-13T15:30:00Z'), 1, cal, zone)).toEqual({
      date: '2026-02-14',
      overdueAt: new Date('2026-02-14T16:00:00Z'),
    });
    // Saturday 14 Feb 00:30 Shanghai (Friday in UTC): +1 is Tue 24 Feb.
    expect(dueAfterWorkingDays(new Date('2026-02-13T16:30:00Z'), 1, cal, zone).date).toBe('2026-02-24');
  });

  it('deadlines in hours: plain, or counting only working days', () => {
    const start = new Date('2026-02-13T02:00:00Z'); // Friday 10:00 Shanghai
    expect(deadlineAfterHours(start, 24).toISOString()).toBe('2026-02-14T02:00:00.000Z');
    const opts = { calendar: cal, timeZone: zone, workingDaysOnly: true };
    // Friday 10:00 + 24 working hours: Saturday 14 is worked → Saturday 10:00.
    expect(deadlineAfterHours(start, 24, opts).toISOString()).toBe('2026-02-14T02:00:00.000Z');
    // + 48 working hours: 15–23 Feb off → Tuesday 24 Feb 10:00.
    expect(deadlineAfterHours(start, 48, opts).toISOString()).toBe('2026-02-24T02:00:00.000Z');
    // Starting on a day off: the clock starts at the next working day's midnight.
    expect(deadlineAfterHours(new Date('2026-02-16T02:00:00Z'), 2, opts).toISOString()).toBe(
      '2026-02-23T18:00:00.000Z',
    );
  });
});
