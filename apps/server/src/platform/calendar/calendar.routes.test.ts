import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../audit/audit.table';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';
import { createTestUser, TEST_USER_PASSWORD } from '../../test/test-users';
import { holidays } from './calendar.table';
import { seedHolidayCalendar } from './seed-holidays';

describe('calendar API', () => {
  let t: TestApp;
  let admin: TestSession;
  let specialist: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    await createTestUser(t.db, 'li.si', ['specialist']);
    specialist = await signIn(t.app, 'li.si', TEST_USER_PASSWORD);
  });
  afterAll(async () => t.close());

  it('adds working days and counts them for any internal user', async () => {
    const add = await specialist.get('/api/v1/calendar/add-working-days?date=2026-02-12&days=3');
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json()).toEqual({ date: '2026-02-24' });
    const back = await specialist.get('/api/v1/calendar/add-working-days?date=2025-10-09&days=-1');
    expect(back.json()).toEqual({ date: '2025-09-30' });
    const between = await specialist.get('/api/v1/calendar/working-days-between?from=2026-09-30&to=2026-10-12');
    expect(between.json()).toEqual({ days: 4 });
  });

  it('answers 400 for bad dates, day counts and years', async () => {
    for (const url of [
      '/api/v1/calendar/add-working-days?date=2026-02-30&days=1',
      '/api/v1/calendar/add-working-days?date=2026-2-3&days=1',
      '/api/v1/calendar/add-working-days?date=tomorrow&days=1',
      '/api/v1/calendar/add-working-days?date=2026-02-12&days=1.5',
      '/api/v1/calendar/add-working-days?date=2026-02-12&days=99999999',
      '/api/v1/calendar/add-working-days?date=2026-02-12',
      '/api/v1/calendar/add-working-days?date=2026-02-12&days=',
      '/api/v1/calendar/add-working-days?date=2026-02-12&days=1e2',
      '/api/v1/calendar/add-working-days?date=2026-02-12&days=1&extra=1',
      '/api/v1/calendar/working-days-between?from=2026-01-01&to=20260105',
      '/api/v1/calendar/working-days-between?from=0001-01-01&to=2026-01-05',
      '/api/v1/calendar/holidays?year=abc',
      '/api/v1/calendar/holidays?year=1200',
      '/api/v1/calendar/holidays?year=2026.5',
      '/api/v1/calendar/holidays',
      '/api/v1/calendar/holidays?year=',
      '/api/v1/calendar/holidays?year=%202026',
    ]) {
      const res = await specialist.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors.length, url).toBeGreaterThan(0);
    }
  });

  it('lists a year with the seeded schedule', async () => {
    const res = await specialist.get('/api/v1/calendar/holidays?year=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(1);
    expect(body.items).toHaveLength(39);
    expect(body.items[0]).toMatchObject({ date: '2026-01-01', kind: 'holiday', nameZh: '元旦' });
    expect(body.items.find((i: { date: string }) => i.date === '2026-02-28')).toMatchObject({ kind: 'workday' });
    const empty = await specialist.get('/api/v1/calendar/holidays?year=2031');
    expect(empty.json()).toEqual({ year: 2031, version: 0, items: [] });
  });

  it('lets only calendar:write replace a year', async () => {
    const res = await specialist.put('/api/v1/calendar/holidays?year=2027', { version: 0, items: [] });
    expect(res.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?year=2026' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('replaces a year, audits it, guards the version and changes the arithmetic', async () => {
    const items = [
      { date: '2027-01-01', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day" },
      { date: '2027-01-02', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day" },
      { date: '2027-01-09', kind: 'workday', nameZh: '调休上班', nameEn: 'Working day' },
    ];
    const res = await admin.put('/api/v1/calendar/holidays?year=2027', { version: 0, items });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      year: 2027,
      version: 1,
      items: items.map((i) => ({ ...i, updatedBy: admin.userId })),
    });
    // Thu 31 Dec 2026 + 1: Fri 1 Jan 2027 is now a holiday → Mon 4 Jan; + 5 reaches Sat 9 Jan (worked).
    expect((await admin.get('/api/v1/calendar/add-working-days?date=2026-12-31&days=1')).json()).toEqual({
      date: '2027-01-04',
    });
    expect((await admin.get('/api/v1/calendar/add-working-days?date=2026-12-31&days=6')).json()).toEqual({
      date: '2027-01-09',
    });
    const stale = await admin.put('/api/v1/calendar/holidays?year=2027', { version: 0, items: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'holiday-year'), eq(auditEvents.recordId, '2027')));
    expect(event).toMatchObject({ action: 'calendar.holidays.replace', actorId: admin.userId });
    expect(event!.changes).toMatchObject({ '2027-01-09': { from: null, to: 'workday 调休上班 / Working day' } });
  });

  it('lets exactly one of two simultaneous first fillings of a year win', async () => {
    const body = (name: string) => ({
      version: 0,
      items: [{ date: '2028-01-01', kind: 'holiday', nameZh: name, nameEn: name }],
    });
    const results = await Promise.all([
      admin.put('/api/v1/calendar/holidays?year=2028', body('A')),
      admin.put('/api/v1/calendar/holidays?year=2028', body('B')),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const year = (await admin.get('/api/v1/calendar/holidays?year=2028')).json();
    expect(year.version).toBe(1);
    expect(year.items).toHaveLength(1);
  });

  it('refuses a workday on a weekday, duplicates and dates of another year, writing nothing', async () => {
    const res = await admin.put('/api/v1/calendar/holidays?year=2026', {
      version: 1,
      items: [
        { date: '2026-03-04', kind: 'workday', nameZh: '上班', nameEn: 'Work' },
        { date: '2026-05-01', kind: 'holiday', nameZh: '劳动节', nameEn: 'Labour Day' },
        { date: '2026-05-01', kind: 'holiday', nameZh: '劳动节', nameEn: 'Labour Day' },
        { date: '2027-05-01', kind: 'holiday', nameZh: '劳动节', nameEn: 'Labour Day' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_holidays' });
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'items.0.date',
      'items.2.date',
      'items.3.date',
    ]);
    expect((await admin.get('/api/v1/calendar/holidays?year=2026')).json().items).toHaveLength(39);
  });

  it('seeding again never undoes an administrator edit, even an emptied year', async () => {
    const emptied = await admin.put('/api/v1/calendar/holidays?year=2025', { version: 1, items: [] });
    expect(emptied.statusCode, emptied.body).toBe(200);
    await t.db.update(holidays).set({ nameEn: 'Edited' }).where(eq(holidays.date, '2026-01-01'));
    expect(await seedHolidayCalendar(t.db, t.clock)).toEqual([]);
    expect((await admin.get('/api/v1/calendar/holidays?year=2025')).json()).toMatchObject({ version: 2, items: [] });
    const [row] = await t.db.select().from(holidays).where(eq(holidays.date, '2026-01-01'));
    expect(row!.nameEn).toBe('Edited');
  });
});
