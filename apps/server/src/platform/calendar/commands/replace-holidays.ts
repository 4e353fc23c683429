import type { ReplaceHolidaysRequest } from '@thirdline/shared/calendar/calendar.schemas';
import type { Db } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../audit/audit';
import type { Actor } from '../../auth/actor';
import { badRequest, forbidden, versionConflict, type FieldError } from '../../errors/problem';
import {
  deleteHolidaysOfYear,
  ensureHolidayYear,
  findHolidayYear,
  insertHolidays,
  listHolidaysOfYear,
  upsertHolidayYear,
  type HolidayRow,
} from '../calendar.repository';
import { isWeekend } from '../iso-date';

/** Replaces every holiday and adjusted working day of one year (what an administrator edits as one list). */
export async function replaceHolidays(
  db: Db,
  actor: Actor,
  year: number,
  input: ReplaceHolidaysRequest,
  audit: AuditContext,
): Promise<void> {
  if (!actor.permissions.has('calendar:write')) throw forbidden('This needs the permission "calendar:write".');
  const errors = validateEntries(year, input);
  if (errors.length > 0) throw badRequest('The holiday list is not valid.', errors, 'invalid_holidays');
  await db.transaction(async (tx) => {
    await ensureHolidayYear(tx, year, audit.at);
    const yearRow = await findHolidayYear(tx, year, true);
    if ((yearRow?.version ?? 0) !== input.version) throw versionConflict();
    const before = await listHolidaysOfYear(tx, year);
    const createdAt = new Map(before.map((r) => [r.date, r.createdAt]));
    await deleteHolidaysOfYear(tx, year);
    await insertHolidays(tx, input.items, { at: audit.at, by: actor.userId, createdAt });
    await upsertHolidayYear(tx, { year, version: input.version + 1, at: audit.at, by: actor.userId });
    await recordAudit(tx, audit, {
      action: 'calendar.holidays.replace',
      recordType: 'holiday-year',
      recordId: String(year),
      before: byDate(before),
      after: byDate(input.items),
    });
  });
}

function validateEntries(year: number, input: ReplaceHolidaysRequest): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    const path = `items.${i}.date`;
    if (!item.date.startsWith(`${year}-`)) errors.push({ path, message: `Must be a date in ${year}.` });
    if (seen.has(item.date)) errors.push({ path, message: `${item.date} is listed more than once.` });
    seen.add(item.date);
    if (item.kind === 'workday' && !isWeekend(item.date)) {
      errors.push({
        path,
        message: `${item.date} is a weekday: only a Saturday or Sunday can be an adjusted working day.`,
      });
    }
  });
  return errors;
}

/** `{ '2026-02-14': 'workday 春节调休上班 / Working day (Spring Festival)' }`: one readable field per date. */
function byDate(rows: Pick<HolidayRow, 'date' | 'kind' | 'nameZh' | 'nameEn'>[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.date, `${r.kind} ${r.nameZh} / ${r.nameEn}`]));
}
