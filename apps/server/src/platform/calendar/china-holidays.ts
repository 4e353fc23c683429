import type { HolidayEntry } from '@thirdline/shared/calendar/calendar.schemas';

/**
 * Mainland China public holidays and adjusted working days (调休) from the State Council's yearly notices
 * (国务院办公厅关于…部分节假日安排的通知). Seeded at start for years not yet in the calendar; admins edit the rest.
 */
interface Festival {
  zh: string;
  en: string;
  /** Inclusive ranges of days off. */
  off: [from: string, to: string][];
  /** Weekend days worked instead. */
  work?: string[];
}

const FESTIVALS: Record<number, Festival[]> = {
  2025: [
    { zh: '元旦', en: "New Year's Day", off: [['2025-01-01', '2025-01-01']] },
    { zh: '春节', en: 'Spring Festival', off: [['2025-01-28', '2025-02-04']], work: ['2025-01-26', '2025-02-08'] },
    { zh: '清明节', en: 'Qingming Festival', off: [['2025-04-04', '2025-04-06']] },
    { zh: '劳动节', en: 'Labour Day', off: [['2025-05-01', '2025-05-05']], work: ['2025-04-27'] },
    { zh: '端午节', en: 'Dragon Boat Festival', off: [['2025-05-31', '2025-06-02']] },
    {
      zh: '国庆节、中秋节',
      en: 'National Day and Mid-Autumn Festival',
      off: [['2025-10-01', '2025-10-08']],
      work: ['2025-09-28', '2025-10-11'],
    },
  ],
  2026: [
    { zh: '元旦', en: "New Year's Day", off: [['2026-01-01', '2026-01-03']], work: ['2026-01-04'] },
    { zh: '春节', en: 'Spring Festival', off: [['2026-02-15', '2026-02-23']], work: ['2026-02-14', '2026-02-28'] },
    { zh: '清明节', en: 'Qingming Festival', off: [['2026-04-04', '2026-04-06']] },
    { zh: '劳动节', en: 'Labour Day', off: [['2026-05-01', '2026-05-05']], work: ['2026-05-09'] },
    { zh: '端午节', en: 'Dragon Boat Festival', off: [['2026-06-19', '2026-06-21']] },
    { zh: '中秋节', en: 'Mid-Autumn Festival', off: [['2026-09-25', '2026-09-27']] },
    { zh: '国庆节', en: 'National Day', off: [['2026-10-01', '2026-10-07']], work: ['2026-09-20', '2026-10-10'] },
  ],
};

/** The built-in entries of every year we have an official schedule for, by year. */
export function chinaHolidaySchedule(): Map<number, HolidayEntry[]> {
  const byYear = new Map<number, HolidayEntry[]>();
  for (const [year, festivals] of Object.entries(FESTIVALS)) {
    const entries: HolidayEntry[] = [];
    for (const f of festivals) {
      for (const [from, to] of f.off) {
        for (let d = from; d <= to; d = nextDay(d))
          entries.push({ date: d, kind: 'holiday', nameZh: f.zh, nameEn: f.en });
      }
      for (const d of f.work ?? []) {
        entries.push({ date: d, kind: 'workday', nameZh: `${f.zh}调休上班`, nameEn: `Working day (${f.en})` });
      }
    }
    byYear.set(
      Number(year),
      entries.sort((a, b) => a.date.localeCompare(b.date)),
    );
  }
  return byYear;
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
