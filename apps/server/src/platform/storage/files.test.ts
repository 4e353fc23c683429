import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { multipartBody, type FormPart } from '../../test/test-multipart';
import { signIn, type TestSession } from '../../test/test-session';
import { createTestUser, TEST_USER_PASSWORD } from '../../test/test-users';
import { auditEvents } from '../audit/audit.table';
import { files } from './files.table';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n合同正文 CONTRACT-MARKER-7731\ntrailer <<>>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('files', () => {
  let t: TestApp;
  let dataDir: string;
  let pm: TestSession;
  let other: TestSession;
  let admin: TestSession;

  const upload = (who: TestSession, parts: FormPart[], headers: Record<string, string> = {}) => {
    const { payload, contentType } = multipartBody(parts);
    return who.request('POST', '/api/v1/files', payload, { 'content-type': contentType, ...headers });
  };
  const file = (filename: string, content: Buffer | string): FormPart => ({ name: 'file', filename, content });
  const bodiesOnDisk = async () => {
    const dir = path.join(dataDir, 'files');
    const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    const found: string[] = [];
    for (const entry of entries) if ((await stat(path.join(dir, entry))).isFile()) found.push(entry);
    return found.sort();
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'thirdline-files-'));
    t = await createTestApp({ DATA_DIR: dataDir, MAX_UPLOAD_MB: '1' });
    t.recordReaders.register('thing', async (_db, _actor, id) => id.startsWith('visible-'));
    await createTestUser(t.db, 'pm.chen', ['project_manager']);
    await createTestUser(t.db, 'spec.liu', ['specialist']);
    pm = await signIn(t.app, 'pm.chen', TEST_USER_PASSWORD);
    other = await signIn(t.app, 'spec.liu', TEST_USER_PASSWORD);
    admin = await t.signInAdmin();
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stores an upload encrypted and returns the identical bytes with the original Chinese name', async () => {
    const res = await upload(pm, [file('服务合同 (终稿).pdf', PDF)]);
    expect(res.statusCode).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({
      originalName: '服务合同 (终稿).pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      recordType: null,
      recordId: null,
      createdBy: pm.userId,
      createdAt: t.clock.now().toISOString(),
    });

    const [row] = await t.db.select().from(files).where(eq(files.id, meta.id));
    expect(row?.iv).toMatch(/^[0-9a-f]{24}$/);
    expect(row?.authTag).toMatch(/^[0-9a-f]{32}$/);
    const onDisk = await readFile(path.join(dataDir, 'files', row!.storageKey));
    expect(row!.storageKey).toBe(`${meta.id.slice(-2)}/${meta.id}`);
    expect(onDisk.length).toBe(PDF.length);
    expect(onDisk.equals(PDF)).toBe(false);
    expect(onDisk.includes(Buffer.from('CONTRACT-MARKER-7731'))).toBe(false);
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);

    const content = await pm.get(`/api/v1/files/${meta.id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(PDF)).toBe(true);
    expect(sha256(content.rawPayload)).toBe(meta.sha256);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['content-disposition']).toBe(
      `attachment; filename="____ (__).pdf"; filename*=UTF-8''${encodeURIComponent('服务合同')}%20%28${encodeURIComponent('终稿')}%29.pdf`,
    );
    expect((await pm.get(`/api/v1/files/${meta.id}`)).json()).toEqual(meta);

    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.recordId, meta.id));
    expect(event).toMatchObject({ action: 'file.upload', recordType: 'file', actorId: pm.userId });
    expect(event?.changes).toMatchObject({ sha256: { from: null, to: sha256(PDF) }, sizeBytes: { to: PDF.length } });
  });

  it('refuses an upload over MAX_UPLOAD_MB with 413 and keeps nothing', async () => {
    const before = await bodiesOnDisk();
    const rowsBefore = (await t.db.select().from(files)).length;
    const big = Buffer.alloc(1024 * 1024 + 1, 'a');
    const res = await upload(pm, [file('big.txt', big)]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ status: 413, code: 'file_too_large' });
    expect(await bodiesOnDisk()).toEqual(before);
    expect((await t.db.select().from(files)).length).toBe(rowsBefore);
    // Exactly the limit is fine.
    expect((await upload(pm, [file('limit.txt', Buffer.alloc(1024 * 1024, 'a'))])).statusCode).toBe(201);
  });

  it('refuses content that does not match the extension, and deletes the partial body', async () => {
    const before = await bodiesOnDisk();
    const cases: Array<[FormPart, string]> = [
      [file('报价.pdf', 'just some text, not a PDF'), 'file_type_mismatch'],
      [file('picture.pdf', PNG), 'file_type_mismatch'],
      [file('notes.txt', PNG), 'file_type_mismatch'],
      [file('gbk.csv', Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2c, 0x31, 0x0a])), 'file_type_mismatch'],
      [
        file('tail.txt', Buffer.concat([Buffer.alloc(70 * 1024, 'x'), Buffer.from([0xff, 0xfe])])),
        'file_type_mismatch',
      ],
      [file('setup.exe', 'MZ....'), 'file_type_not_allowed'],
      [file('noextension', 'hello'), 'file_type_not_allowed'],
      [file('empty.txt', ''), 'file_empty'],
    ];
    for (const [part, code] of cases) {
      const res = await upload(pm, [part]);
      expect(res.statusCode, (part as { filename: string }).filename).toBe(400);
      expect(res.json().code, (part as { filename: string }).filename).toBe(code);
    }
    expect(await bodiesOnDisk()).toEqual(before);

    const png = await upload(pm, [file('logo.PNG', PNG)]);
    expect(png.statusCode).toBe(201);
    expect(png.json().contentType).toBe('image/png');
    const csv = await upload(pm, [file('供应商.csv', '名称,评分\n华为,95\n')]);
    expect(csv.statusCode).toBe(201);
    expect(csv.json().contentType).toBe('text/csv; charset=utf-8');
  });

  it('answers malformed uploads with 4xx problems', async () => {
    const two = await upload(pm, [file('a.txt', 'a'), file('b.txt', 'b')]);
    expect(two.statusCode).toBe(400);
    expect(two.json().code).toBe('too_many_files');
    const none = await upload(pm, [{ name: 'recordType', value: 'thing' }]);
    expect(none.json()).toMatchObject({ status: 400, code: 'file_required' });
    const wrongField = await upload(pm, [{ name: 'attachment', filename: 'a.txt', content: 'a' }]);
    expect(wrongField.statusCode).toBe(400);
    const onlyType = await upload(pm, [{ name: 'recordType', value: 'thing' }, file('a.txt', 'a')]);
    expect(onlyType.json()).toMatchObject({ status: 400, code: 'validation_failed' });
    const json = await pm.post('/api/v1/files', { file: 'x' });
    expect(json.statusCode).toBe(415);
    const noCsrf = await upload(pm, [file('a.txt', 'a')], { 'x-csrf-token': 'wrong' });
    expect(noCsrf.json()).toMatchObject({ status: 403, code: 'csrf_failed' });
    expect((await pm.get('/api/v1/files/not-a-uuid')).statusCode).toBe(400);
    expect((await pm.get('/api/v1/files/0190d7a4-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('answers malformed multipart bodies with 400, never 500, and keeps nothing', async () => {
    const before = await bodiesOnDisk();
    const head = '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n';
    const cases: Array<[string, string]> = [
      ['multipart/form-data', 'garbage'],
      ['multipart/form-data; boundary=abc', 'garbage'],
      ['multipart/form-data; boundary=abc', `${head}cut short`],
      [
        'multipart/form-data; boundary=abc',
        '--abc\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\nx\r\n--abc--\r\n',
      ],
    ];
    for (const [contentType, body] of cases) {
      const res = await pm.request('POST', '/api/v1/files', body, { 'content-type': contentType });
      expect(res.statusCode, body).toBe(400);
    }
    expect(await bodiesOnDisk()).toEqual(before);
  });

  it('deletes the partial body when the client goes away mid-upload', async () => {
    const before = await bodiesOnDisk();
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { payload, contentType } = multipartBody([file('big.txt', Buffer.alloc(900 * 1024, 'b'))]);
    await new Promise<void>((resolve) => {
      const req = request(`${address}/api/v1/files`, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'content-length': String(payload.length),
          cookie: `thirdline_session=${pm.cookie}`,
          'x-csrf-token': pm.csrfToken,
        },
      });
      req.on('error', () => resolve());
      req.write(payload.subarray(0, 300 * 1024), () => setTimeout(() => req.destroy(), 100));
      req.on('close', () => resolve());
    });
    await expect.poll(bodiesOnDisk, { timeout: 5000 }).toEqual(before);
    expect((await t.db.select().from(files).where(eq(files.originalName, 'big.txt'))).length).toBe(0);
  });

  it('never serves a tampered body as a valid download', async () => {
    const id = (await upload(pm, [file('report.pdf', PDF)])).json().id;
    const [row] = await t.db.select().from(files).where(eq(files.id, id));
    const bodyPath = path.join(dataDir, 'files', row!.storageKey);
    const original = await readFile(bodyPath);
    const tampered = Buffer.from(original);
    tampered[20] = tampered[20]! ^ 0x01;
    await writeFile(bodyPath, tampered);
    const res = await pm.get(`/api/v1/files/${id}/content`);
    expect(res.statusCode).toBe(500);
    expect(res.json().code).toBe('file_integrity_failed');
    expect(res.rawPayload.includes(Buffer.from('CONTRACT-MARKER-7731'))).toBe(false);

    // Another file's (valid) ciphertext put in its place does not decrypt either: the id is authenticated too.
    const otherId = (await upload(pm, [file('other.pdf', PDF)])).json().id;
    const [otherRow] = await t.db.select().from(files).where(eq(files.id, otherId));
    await writeFile(bodyPath, await readFile(path.join(dataDir, 'files', otherRow!.storageKey)));
    await t.db.update(files).set({ iv: otherRow!.iv, authTag: otherRow!.authTag }).where(eq(files.id, id));
    expect((await pm.get(`/api/v1/files/${id}/content`)).statusCode).toBe(500);

    await writeFile(bodyPath, original);
    await t.db.update(files).set({ iv: row!.iv, authTag: row!.authTag }).where(eq(files.id, id));
    expect((await pm.get(`/api/v1/files/${id}/content`)).rawPayload.equals(PDF)).toBe(true);
  });

  it('lets only the uploader and admins read an unattached file', async () => {
    const id = (await upload(pm, [file('draft.txt', '草稿')])).json().id;
    expect((await pm.get(`/api/v1/files/${id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/files/${id}/content`)).statusCode).toBe(200);
    expect((await other.get(`/api/v1/files/${id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/v1/files/${id}/content`)).statusCode).toBe(404);
    // The file's own history follows the same rule.
    expect((await pm.get(`/api/v1/audit-events?recordType=file&recordId=${id}`)).json().total).toBe(1);
    expect((await other.get(`/api/v1/audit-events?recordType=file&recordId=${id}`)).statusCode).toBe(404);
  });

  it('follows the record a file is attached to', async () => {
    const res = await upload(pm, [
      file('minutes.txt', '会议纪要'),
      { name: 'recordType', value: 'thing' },
      { name: 'recordId', value: 'visible-9' },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ recordType: 'thing', recordId: 'visible-9' });
    expect((await other.get(`/api/v1/files/${res.json().id}/content`)).rawPayload.toString()).toBe('会议纪要');
    const history = (await other.get('/api/v1/audit-events?recordType=thing&recordId=visible-9')).json();
    expect(history.items[0]).toMatchObject({ action: 'file.attach' });
    expect(history.items[0].changes._details.to).toMatchObject({ fileId: res.json().id, originalName: 'minutes.txt' });

    const before = await bodiesOnDisk();
    const hidden = await upload(pm, [
      { name: 'recordType', value: 'thing' },
      { name: 'recordId', value: 'secret-1' },
      file('x.txt', 'x'),
    ]);
    expect(hidden.statusCode).toBe(404);
    const unknown = await upload(pm, [
      { name: 'recordType', value: 'spaceship' },
      { name: 'recordId', value: '1' },
      file('x.txt', 'x'),
    ]);
    expect(unknown.json()).toMatchObject({ status: 400, code: 'unknown_record_type' });
    expect(await bodiesOnDisk()).toEqual(before);

    // Attached to a record whose reader now says no (e.g. the record became confidential): 404 for everyone but
    // holders of the reader's favour, the uploader included.
    const [row] = await t.db.select().from(files).where(eq(files.id, res.json().id));
    await t.db.update(files).set({ recordId: 'secret-9' }).where(eq(files.id, row!.id));
    expect((await pm.get(`/api/v1/files/${row!.id}`)).statusCode).toBe(404);
    await t.db.update(files).set({ recordType: 'unregistered' }).where(eq(files.id, row!.id));
    expect((await admin.get(`/api/v1/files/${row!.id}`)).statusCode).toBe(404);
  });

  it('accepts uploads with an API token and no CSRF header', async () => {
    const expiresAt = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const { secret } = (
      await pm.post('/api/v1/api-tokens', { name: 'scanner', permissions: ['files:upload'], expiresAt })
    ).json();
    const { payload, contentType } = multipartBody([file('scan.png', PNG)]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      payload,
      headers: { 'content-type': contentType, authorization: `Bearer ${secret}` },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().createdBy).toBe(pm.userId);
    // The token cannot read files: files:read was not granted to it.
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${res.json().id}`,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(read.statusCode).toBe(403);
  });
});
