import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client';
import { verifyAuditChain } from '../../../platform/audit/verify';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { uscc } from '../vendor-test-support';
import { importWorkbook, rowOf, workbookOf, ZH_HEADERS, type Cell } from './import-test-support';

const ROWS = 10_000;

/** `ROWS` good vendor rows, with row `bad` (an Excel row number) given a wrong USCC check character. */
function rows(bad?: number): Cell[][] {
  return Array.from({ length: ROWS + 1 }, (_, i) => {
    const code = uscc(`9144030071${String(i).padStart(7, '0')}`);
    const wrong = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
    return rowOf({
      name: `批量导入${i}号科技有限公司`,
      uscc: i + 2 === bad ? wrong : code,
      type: i % 2 ? '软件供应商' : 'hardware',
      outsourcingCategories: '开发测试',
      tier: '中',
      contactName: `联系人${i}`,
      contactEmail: `c${i}@example.com`,
    });
  });
}

describe('a 10,001-row import', () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(async () => t.close());

  it('imports nothing while one row is bad, and everything once the file is fixed', { timeout: 240_000 }, async () => {
    const vendors = async () =>
      (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from vendors`))[0]?.n;
    const broken = await importWorkbook(admin, await workbookOf(ZH_HEADERS, rows(7777)));
    expect(broken.status.progress).toEqual({ done: ROWS + 1, total: ROWS + 1 });
    expect(broken.status.rowErrors).toEqual([
      { row: 7777, column: '统一社会信用代码', field: 'uscc', message: '统一社会信用代码校验位错误' },
    ]);
    expect((await admin.post(`/api/v1/vendors/imports/${broken.id}/commit`)).statusCode).toBe(422);
    expect(await vendors()).toBe(0);

    const fixed = await importWorkbook(admin, await workbookOf(ZH_HEADERS, rows()));
    expect(fixed.status).toMatchObject({ status: 'ready', rowErrors: [] });
    const res = await admin.post(`/api/v1/vendors/imports/${fixed.id}/commit`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().summary).toMatchObject({
      created: ROWS + 1,
      contacts: ROWS + 1,
      firstReference: 'V-2026-0001',
      lastReference: 'V-2026-10001',
    });
    expect(await vendors()).toBe(ROWS + 1);
    const [chain] = await queryRows<{ n: number; seq: number }>(
      t.db,
      sql`select count(*)::int as n, max(seq)::int as seq from audit_events where action like 'vendor%'`,
    );
    expect(chain?.n).toBe(2 * (ROWS + 1) + 1);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
