import { z } from 'zod';
import { plainText } from '../http/text.schemas';

/** Years the calendar accepts: wide enough for any contract, narrow enough that arithmetic stays cheap. */
export const CALENDAR_MIN_YEAR = 1970;
export const CALENDAR_MAX_YEAR = 2999;
/** The most working days one `add-working-days` call may move (about 40 years). */
export const MAX_WORKING_DAYS_STEP = 10_000;

/** A real calendar date `YYYY-MM-DD` (no 2025-02-30) within the supported years. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < CALENDAR_MIN_YEAR || y > CALENDAR_MAX_YEAR) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, `Must be a date YYYY-MM-DD between ${CALENDAR_MIN_YEAR} and ${CALENDAR_MAX_YEAR}.`);

/** A whole number written in a query string: digits only (`days=` or `days=1e3` is not a number of days). */
const queryInteger = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,9}$/, 'Must be a whole number.')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const calendarYearSchema = queryInteger(CALENDAR_MIN_YEAR, CALENDAR_MAX_YEAR);

export const HOLIDAY_KINDS = ['holiday', 'workday'] as const;
export const holidayKindSchema = z.enum(HOLIDAY_KINDS);
export type HolidayKind = z.infer<typeof holidayKindSchema>;

export const addWorkingDaysQuerySchema = z.strictObject({
  date: isoDateSchema,
  days: queryInteger(-MAX_WORKING_DAYS_STEP, MAX_WORKING_DAYS_STEP),
});
export const addWorkingDaysResultSchema = z.object({ date: z.string() });

export const workingDaysBetweenQuerySchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });
export const workingDaysBetweenResultSchema = z.object({ days: z.number().int() });

export const holidayYearQuerySchema = z.strictObject({ year: calendarYearSchema });

export const holidaySchema = z.object({
  date: z.string(),
  kind: holidayKindSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.uuid().nullable(),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const holidayYearSchema = z.object({
  year: z.number().int(),
  /** The year's version: send it back with PUT; 0 when the year has never been filled. */
  version: z.number().int(),
  items: z.array(holidaySchema),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export const holidayEntrySchema = z.strictObject({
  date: isoDateSchema,
  kind: holidayKindSchema,
  nameZh: plainText(1, 100),
  nameEn: plainText(1, 100),
});
export type HolidayEntry = z.infer<typeof holidayEntrySchema>;

export const replaceHolidaysSchema = z.strictObject({
  /** The version read with GET (0 for a year never filled); a stale version gets 409. */
  version: z.number().int().min(0),
  items: z.array(holidayEntrySchema).max(366),
});
export type ReplaceHolidaysRequest = z.infer<typeof replaceHolidaysSchema>;
