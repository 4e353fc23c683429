import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { createVendorVia, nextUscc } from '../vendor-test-support';
import { listVendors, vendorBatches } from '../vendors.repository';
import { EN_HEADERS, importWorkbook, readWorkbook, rowOf, upload, workbookOf, ZH_HEADERS } from './import-test-support';

const count = async (t: TestApp, table: string) =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n;

describe('vendor import', () => {
  let t: TestApp;
  let admin: TestSession;
  let specialist: TestSession;
  let finance: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    specialist = (await createSignedInUser(t, admin, 'imp_specialist', ['specialist'])).session;
    finance = (await createSignedInUser(t, admin, 'imp_finance', ['finance'])).session;
  });
  afterAll(async () => t.close());

  it('offers a template with the Chinese header row, drop-downs and a help sheet', async () => {
    expect((await finance.get('/api/v1/vendors/import-template')).statusCode).toBe(403);
    const res = await specialist.get('/api/v1/vendors/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = await readWorkbook(res.rawPayload);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '名称*', '英文名称', '简称', '统一社会信用代码*', 'LEI', '国家或地区', '注册地址', '注册资本(元)', '成立日期',
      '法定代表人', '经营范围', '网址', '供应商类型*', '外包类别', '来源渠道', '重要性等级', '联系人', '联系电话',
      '联系邮箱',
    ]); // prettier-ignore
    expect(sheet.getCell('M2').dataValidation).toMatchObject({ type: 'list', formulae: ["'填写说明'!$D$2:$D$11"] });
    expect(sheet.getCell('O500').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('P2').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('N2').dataValidation).toMatchObject({ showInputMessage: true });
    const help = workbook.getWorksheet('填写说明')!;
    expect(help.getCell('D2').value).toBe('软件供应商');
    expect(help.getCell('G2').value).toBe('关键');
  });

  it('imports a good file: labels in either language, full-width digits, Excel and text dates, a primary contact', async () => {
    const [a, b, c] = [nextUscc(), nextUscc(), nextUscc()];
    const fullWidth = a.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const file = await workbookOf(ZH_HEADERS, [
      rowOf({
        name: '  北京导入科技有限公司 ',
        uscc: fullWidth,
        type: '软件供应商',
        outsourcingCategories: '开发测试、运行维护',
        sourceChannel: '公开招标',
        tier: '关键',
        registeredCapital: 5000000,
        establishedOn: new Date(Date.UTC(2010, 4, 6)),
        contactName: '张三',
        contactPhone: '０１０-12345678',
        contactEmail: 'Zhang.San@Example.com',
      }),
      rowOf({ name: '上海导入服务有限公司', uscc: b, type: 'Cloud service provider', tier: 'high', establishedOn: '2015-09-01' }),
      rowOf({ name: '深圳导入网络有限公司', uscc: c, type: 'network', outsourcingCategories: 'operations, Security services', lei: '5493001KJTIIGC8Y1R12', country: '中国香港', website: 'www.example.com' }),
    ]); // prettier-ignore
    const vendorsBefore = await count(t, 'vendors');
    const { id, status } = await importWorkbook(specialist, file);
    expect(status).toMatchObject({ status: 'ready', progress: { done: 3, total: 3 }, rowErrors: [] });
    expect(await count(t, 'vendors')).toBe(vendorsBefore);

    // Someone else's import is not theirs to see or commit.
    expect((await admin.get(`/api/v1/vendors/imports/${id}`)).statusCode).toBe(404);
    const committed = await specialist.post(`/api/v1/vendors/imports/${id}/commit`);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ status: 'done', summary: { rows: 3, created: 3, contacts: 1 } });
    expect((await specialist.post(`/api/v1/vendors/imports/${id}/commit`)).json()).toMatchObject({
      status: 409,
      code: 'import_committed',
    });

    const list = (await specialist.get('/api/v1/vendors?q=导入&sort=name')).json();
    expect(list.total).toBe(3);
    const byName = Object.fromEntries(list.items.map((v: { name: string }) => [v.name, v]));
    expect(byName['北京导入科技有限公司']).toMatchObject({
      uscc: a,
      type: 'software',
      outsourcingCategories: ['development_testing', 'operations'],
      sourceChannel: 'public_tender',
      tier: 'critical',
      registeredCapital: '5000000.00',
      establishedOn: '2010-05-06',
      status: 'candidate',
    });
    expect(byName['上海导入服务有限公司']).toMatchObject({ type: 'cloud', tier: 'high', establishedOn: '2015-09-01' });
    expect(byName['深圳导入网络有限公司']).toMatchObject({
      outsourcingCategories: ['operations', 'security'],
      lei: '5493001KJTIIGC8Y1R12',
      country: 'HK',
      website: 'https://www.example.com',
      tier: 'medium',
    });
    const contacts = (await specialist.get(`/api/v1/vendors/${byName['北京导入科技有限公司'].id}/contacts`)).json();
    expect(contacts.items ?? contacts).toMatchObject([
      { name: '张三', phone: '010-12345678', email: 'zhang.san@example.com', isPrimary: true },
    ]);
    const audits = await queryRows<{ action: string; n: number }>(
      t.db,
      sql`select action, count(*)::int as n from audit_events
          where changes->'_details'->'to'->>'importId' = ${id} or record_id = ${id} group by action order by action`,
    );
    expect(audits).toEqual([
      { action: 'vendor-contact.create', n: 1 },
      { action: 'vendor.create', n: 3 },
      { action: 'vendor.import', n: 1 },
    ]);
  });

  it('reports every bad row by row and column, writes nothing, refuses the commit and offers an error workbook', async () => {
    const existing = await createVendorVia(admin, { name: '已登记供应商有限公司' });
    const good = nextUscc();
    const file = await workbookOf(ZH_HEADERS, [
      rowOf({ name: '好供应商甲', uscc: good, type: '软件供应商' }), // row 2
      rowOf({ name: '校验位错误公司', uscc: '91110000100001138K', type: '软件供应商' }), // row 3
      rowOf({ uscc: nextUscc(), type: '外星供应商', contactName: '李四', contactEmail: 'not-an-email' }), // row 4
      rowOf({ name: '重复代码公司', uscc: good, type: 'hr', establishedOn: '2999-01-01', registeredCapital: -5 }), // row 5
      [], // row 6 is empty and skipped
      rowOf({ name: '已登记供应商有限公司', uscc: existing.uscc as string, type: 'other', contactPhone: 'abc' }), // row 7
    ]);
    const vendorsBefore = await count(t, 'vendors');
    const { id, status } = await importWorkbook(specialist, file);
    expect(status.status).toBe('ready');
    expect(status.progress).toEqual({ done: 5, total: 5 });
    expect(status.rowErrors.map((e) => [e.row, e.column])).toEqual([
      [3, '统一社会信用代码'],
      [4, '名称'],
      [4, '供应商类型'],
      [4, '联系邮箱'],
      [5, '统一社会信用代码'],
      [5, '注册资本(元)'],
      [5, '成立日期'],
      [7, '名称'],
      [7, '统一社会信用代码'],
      [7, '联系人'],
      [7, '联系电话'],
    ]);
    expect(status.rowErrors[0]?.message).toBe('统一社会信用代码校验位错误');
    expect(status.rowErrors[4]?.message).toBe('与第 2 行重复');
    expect(status.summary).toMatchObject({ rows: 5, rowsWithErrors: 4, created: 0 });

    // Messages follow the reader's language.
    await specialist.patch('/api/v1/me/preferences', { locale: 'en-US' });
    const english = await specialist.get(`/api/v1/vendors/imports/${id}`);
    await specialist.patch('/api/v1/me/preferences', { locale: 'zh-CN' });
    expect(english.json().rowErrors[1]).toMatchObject({ row: 4, column: 'Name', field: 'name', message: 'Required.' });

    const commit = await specialist.post(`/api/v1/vendors/imports/${id}/commit`);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().code).toBe('import_has_errors');
    expect(await count(t, 'vendors')).toBe(vendorsBefore);

    const errors = await specialist.get(`/api/v1/vendors/imports/${id}/errors.xlsx`);
    expect(errors.statusCode).toBe(200);
    const sheet = (await readWorkbook(errors.rawPayload)).worksheets[0]!;
    expect(sheet.getCell(1, ZH_HEADERS.length + 1).value).toBe('错误');
    expect(sheet.getCell(2, ZH_HEADERS.length + 1).value).toBeNull();
    expect(sheet.getCell(3, 1).value).toBe('校验位错误公司');
    expect(sheet.getCell(3, ZH_HEADERS.length + 1).value).toBe('统一社会信用代码: 统一社会信用代码校验位错误');
    expect(String(sheet.getCell(7, ZH_HEADERS.length + 1).value)).toContain(existing.reference);
  });

  it('accepts the English header names', async () => {
    const file = await workbookOf(EN_HEADERS, [
      rowOf({ name: '英文表头公司', uscc: nextUscc(), type: 'Consulting', tier: 'Low', sourceChannel: 'Invitation' }),
    ]);
    const { id, status } = await importWorkbook(specialist, file);
    expect(status).toMatchObject({ status: 'ready', rowErrors: [] });
    expect((await specialist.post(`/api/v1/vendors/imports/${id}/commit`)).json()).toMatchObject({
      summary: { created: 1 },
    });
    const [vendor] = (await specialist.get('/api/v1/vendors?q=英文表头')).json().items;
    expect(vendor).toMatchObject({ type: 'consulting', tier: 'low', sourceChannel: 'invitation' });
  });

  it('refuses corrupt, non-xlsx and header-less uploads with 400 and stores nothing', async () => {
    const importsBefore = await count(t, 'vendor_imports');
    const zip = new JSZip();
    zip.file('hello.txt', 'not a workbook');
    const cases: [Buffer | string, string][] = [
      ['just some text', 'not_xlsx'],
      [Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), 'corrupt_workbook'],
      [await zip.generateAsync({ type: 'nodebuffer' }), 'corrupt_workbook'],
      [(await workbookOf(['名称', '备注'], [['甲公司', 'x']])).subarray(0, 300), 'corrupt_workbook'],
      [await workbookOf(['名称', '备注'], [['甲公司', 'x']]), 'import_columns_missing'],
      [await workbookOf(ZH_HEADERS, []), 'import_empty'],
    ];
    for (const [content, code] of cases) {
      const res = await upload(specialist, content);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe(code);
    }
    expect((await upload(finance, await workbookOf(ZH_HEADERS, []))).statusCode).toBe(403);
    expect(await count(t, 'vendor_imports')).toBe(importsBefore);
  });

  it('exports formula-looking text neutralised, and the export imports back to the same text', async () => {
    const risky = { name: '=HYPERLINK("http://evil","点我")', englishName: '+SUM(1,2)', shortName: '@cmd' };
    const v = await createVendorVia(admin, { ...risky, registeredAddress: '-1+2' });
    await t.db.execute(sql`update vendors set business_scope = ${'\tscope'}, legal_representative = ${'\rboss'}
      where id = ${v.id}`);
    const res = await admin.get('/api/v1/vendors/export?q=HYPERLINK');
    expect(res.statusCode).toBe(200);
    const sheet = (await readWorkbook(res.rawPayload)).worksheets[0]!;
    const row = sheet.getRow(2);
    // XML text turns a carriage return into a line feed; the quote in front is what matters.
    const texts = (row.values as unknown[]).filter((x) => typeof x === 'string').map((x) => x.replace(/\r/g, '\n'));
    for (const value of [...Object.values(risky), '-1+2', '\tscope', '\nboss']) expect(texts).toContain(`'${value}`);
    row.eachCell((cell) => expect(cell.type).not.toBe(6 /* ExcelJS.ValueType.Formula */));

    // Importing the export back: the quote comes off again (USCC and name changed first, or they would clash).
    await admin.patch(`/api/v1/vendors/${v.id}`, { version: v.version, name: '改名公司', uscc: nextUscc() });
    const { id, status } = await importWorkbook(specialist, res.rawPayload);
    expect(status.rowErrors).toEqual([]);
    expect((await specialist.post(`/api/v1/vendors/imports/${id}/commit`)).statusCode).toBe(200);
    const back = (await admin.get(`/api/v1/vendors?q=${encodeURIComponent('=HYPERLINK')}`)).json().items[0];
    expect(back).toMatchObject({ ...risky, registeredAddress: '-1+2', businessScope: 'scope', type: v.type });
  });
  it('streams the export in keyset batches: every row once, in list order, for each sort', async () => {
    // Microsecond timestamps for half of the vendors; the rest keep equal ones (ties broken by id).
    await t.db.execute(sql`update vendors set created_at = created_at + (random() * interval '1 second')
      where right(reference, 1) in ('1', '3', '5', '7', '9')`);
    for (const sort of ['name', '-name', '-createdAt', 'createdAt', 'reference', '-updatedAt']) {
      const { rows: expected } = await listVendors(t.db, { sort }, '2026-03-02', 1000);
      const batches: string[][] = [];
      for await (const batch of vendorBatches(t.db, { sort }, '2026-03-02', 1000, 2)) {
        batches.push(batch.map((v) => v.id));
      }
      expect(expected.length).toBeGreaterThan(5);
      expect(batches.flat(), sort).toEqual(expected.map((v) => v.id));
      expect(batches.every((b) => b.length <= 2)).toBe(true);
    }
    const limited = [];
    for await (const batch of vendorBatches(t.db, { sort: 'name' }, '2026-03-02', 5, 2)) limited.push(...batch);
    expect(limited).toHaveLength(5);
  });
});
