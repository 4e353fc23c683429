import {
  addWorkingDaysQuerySchema,
  addWorkingDaysResultSchema,
  holidayYearQuerySchema,
  holidayYearSchema,
  replaceHolidaysSchema,
  workingDaysBetweenQuerySchema,
  workingDaysBetweenResultSchema,
  type HolidayYear,
} from '@thirdline/shared/calendar/calendar.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { auditContextOf } from '../audit/request-context';
import { requireActor } from '../auth/actor';
import type { Clock } from './clock';
import { findHolidayYear, listHolidaysOfYear, loadWorkingCalendar } from './calendar.repository';
import { replaceHolidays } from './commands/replace-holidays';

export function registerCalendarRoutes(root: FastifyInstance, deps: { db: Db; clock: Clock }) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/calendar/add-working-days',
    {
      config: { permission: 'calendar:read' },
      schema: {
        tags: ['calendar'],
        summary: 'The date N working days after (N < 0: before) a date; N = 0: the date or the next working day',
        querystring: addWorkingDaysQuerySchema,
        response: { 200: addWorkingDaysResultSchema },
      },
    },
    async (request) => {
      const calendar = await loadWorkingCalendar(deps.db);
      return { date: calendar.addWorkingDays(request.query.date, request.query.days) };
    },
  );

  app.get(
    '/api/v1/calendar/working-days-between',
    {
      config: { permission: 'calendar:read' },
      schema: {
        tags: ['calendar'],
        summary: 'Working days in (from, to]: `from` not counted, `to` counted; negative when to < from',
        querystring: workingDaysBetweenQuerySchema,
        response: { 200: workingDaysBetweenResultSchema },
      },
    },
    async (request) => {
      const calendar = await loadWorkingCalendar(deps.db);
      return { days: calendar.workingDaysBetween(request.query.from, request.query.to) };
    },
  );

  app.get(
    '/api/v1/calendar/holidays',
    {
      config: { permission: 'calendar:read' },
      schema: {
        tags: ['calendar'],
        summary: "A year's holidays and adjusted working days",
        querystring: holidayYearQuerySchema,
        response: { 200: holidayYearSchema },
      },
    },
    async (request) => holidayYear(deps.db, request.query.year),
  );

  app.put(
    '/api/v1/calendar/holidays',
    {
      config: { permission: 'calendar:write' },
      schema: {
        tags: ['calendar'],
        summary: "Replace a year's holidays and adjusted working days",
        querystring: holidayYearQuerySchema,
        body: replaceHolidaysSchema,
        response: { 200: holidayYearSchema },
      },
    },
    async (request) => {
      const { year } = request.query;
      await replaceHolidays(deps.db, requireActor(request), year, request.body, auditContextOf(request, deps.clock));
      return holidayYear(deps.db, year);
    },
  );
}

async function holidayYear(db: Db, year: number): Promise<HolidayYear> {
  const [yearRow, rows] = await Promise.all([findHolidayYear(db, year), listHolidaysOfYear(db, year)]);
  return {
    year,
    version: yearRow?.version ?? 0,
    items: rows.map((r) => ({
      date: r.date,
      kind: r.kind,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      updatedAt: r.updatedAt.toISOString(),
      updatedBy: r.updatedBy,
    })),
  };
}
