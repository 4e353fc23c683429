import type { HolidayEntry, HolidayYear } from '@thirdline/shared/calendar/calendar.schemas';
import { api } from '../../api/client';

export const holidaysKey = (year: number) => ['/calendar/holidays', year];

export const fetchHolidayYear = (year: number) => api.get<HolidayYear>('/calendar/holidays', { query: { year } });

export const saveHolidayYear = (year: number, version: number, items: HolidayEntry[]) =>
  api.put<HolidayYear>(`/calendar/holidays?year=${year}`, { version, items });

export const addWorkingDays = (date: string, days: number) =>
  api.get<{ date: string }>('/calendar/add-working-days', { query: { date, days } });
