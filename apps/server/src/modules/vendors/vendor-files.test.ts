import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, type FormPart } from '../../test/test-multipart';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { createSignedInUser } from '../../test/api-users';
import { createVendorVia } from './vendor-test-support';

describe('files attached to vendor records', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: TestSession;
  let specialist: TestSession;
  let finance: TestSession;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'thirdline-vendor-files-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    admin = await t.signInAdmin();
    specialist = (await createSignedInUser(t, admin, 'vf_specialist', ['specialist'])).session;
    finance = (await createSignedInUser(t, admin, 'vf_finance', ['finance'])).session;
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const attach = (who: TestSession, recordType: string, recordId: string, content: string) => {
    const parts: FormPart[] = [
      { name: 'recordType', value: recordType },
      { name: 'recordId', value: recordId },
      { name: 'file', filename: 'scan.txt', content },
    ];
    const { payload, contentType } = multipartBody(parts);
    return who.request('POST', '/api/v1/files', payload, { 'content-type': contentType });
  };

  it('follows the vendor record: qualification scans for vendor readers, financial statements for financial readers', async () => {
    const v = await createVendorVia(admin);
    const q = (
      await admin.post(`/api/v1/vendors/${v.id}/qualifications`, { type: 'iso9001', validTo: '2027-01-01' })
    ).json();
    const f = (await admin.post(`/api/v1/vendors/${v.id}/financials`, { year: 2025, totalAssets: '1.00' })).json();

    const onVendor = await attach(specialist, 'vendor', v.id, '营业执照扫描件');
    expect(onVendor.statusCode, onVendor.body).toBe(201);
    const scan = await attach(specialist, 'vendor-qualification', q.id, 'ISO 9001 证书');
    expect(scan.statusCode).toBe(201);
    expect((await specialist.get(`/api/v1/files/${scan.json().id}/content`)).rawPayload.toString()).toBe(
      'ISO 9001 证书',
    );

    expect((await attach(specialist, 'vendor-financial', f.id, '审计报告')).statusCode).toBe(404);
    const report = await attach(admin, 'vendor-financial', f.id, '审计报告');
    expect(report.statusCode).toBe(201);
    expect((await specialist.get(`/api/v1/files/${report.json().id}/content`)).statusCode).toBe(404);
    expect((await finance.get(`/api/v1/files/${report.json().id}/content`)).rawPayload.toString()).toBe('审计报告');
    expect((await attach(specialist, 'vendor', '01890000-0000-7000-8000-000000000000', 'x')).statusCode).toBe(404);
  });
});
