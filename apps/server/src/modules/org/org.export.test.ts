import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { createSignedInUser } from '../../test/api-users';

async function readSheet(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

describe('xlsx exports of departments and users', () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    const it = (await admin.post('/api/v1/departments', { name: '信息技术部' })).json();
    await admin.post('/api/v1/departments', { name: '=1+1', parentId: it.id });
    await admin.post('/api/v1/departments', { name: '财务部', active: false });
  });
  afterAll(async () => t.close());

  it('exports departments with Chinese headers, the list filters, and formulas neutralised', async () => {
    const res = await admin.get('/api/v1/departments/export?active=true&sort=name');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('departments-2026-03-02.xlsx');
    const { name, rows } = await readSheet(res.rawPayload);
    expect(name).toBe('部门');
    expect(rows[0]?.slice(0, 4)).toEqual(['部门名称', '上级部门', '部门负责人', '启用']);
    // Sorted by name; the formula-like name comes back as text with a leading quote; an empty cell is absent.
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["'=1+1", '信息技术部'],
      ['信息技术部', undefined],
    ]);
    // Times in the organisation's zone (Asia/Shanghai): 02:00Z is 10:00 there.
    expect(rows[1]?.[4]).toBe('2026-03-02 10:00:00');
  });

  it('exports users with English headers for an en-US user, filtered like the list', async () => {
    await admin.patch('/api/v1/me/preferences', { locale: 'en-US' });
    await admin.post('/api/v1/users', { username: 'liu.yang', displayName: '刘洋', roles: ['finance', 'legal'] });
    await admin.post('/api/v1/users', { username: 'chen.jing', displayName: '@陈静', roles: ['legal'] });
    const res = await admin.get('/api/v1/users/export?role=legal&sort=-username');
    expect(res.statusCode).toBe(200);
    const { name, rows } = await readSheet(res.rawPayload);
    expect(name).toBe('Users');
    expect(rows[0]?.slice(0, 6)).toEqual(['Username', 'Display name', 'E-mail', 'Phone', 'Department', 'Roles']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['liu.yang', '刘洋', 'Finance, Legal', 'Yes'],
      ['chen.jing', "'@陈静", 'Legal', 'Yes'],
    ]);
    await admin.patch('/api/v1/me/preferences', { locale: 'zh-CN' });
    const zh = await readSheet((await admin.get('/api/v1/users/export?q=liu')).rawPayload);
    expect(zh.rows[0]?.[0]).toBe('用户名');
    expect(zh.rows[1]?.[5]).toBe('财务、法务');
  });

  it('needs the read permission of the list', async () => {
    const vendor = await createSignedInUser(t, admin, 'vendor.export', ['vendor_contact']);
    expect((await vendor.session.get('/api/v1/users/export')).statusCode).toBe(403);
    expect((await vendor.session.get('/api/v1/departments/export')).statusCode).toBe(403);
    expect((await admin.get('/api/v1/users/export?page=2')).statusCode).toBe(400);
  });
});
