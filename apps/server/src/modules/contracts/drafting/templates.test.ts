import type { ContractTemplateDetail, TemplateVersion } from '@thirdline/shared/contracts/drafting.schemas';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { seedDemoContractTemplates, templateVersionFor } from '.';
import { uploadFor } from './drafting-test-support';

describe('standard contract texts (R5.8)', () => {
  let t: TestApp;
  let admin: TestSession;
  let legal: TestSession;
  let pm: TestSession;

  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'thirdline-templates-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    admin = await t.signInAdmin();
    legal = (await createSignedInUser(t, admin, 'tp-legal', ['legal'])).session;
    pm = (await createSignedInUser(t, admin, 'tp-pm', ['project_manager'])).session;
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every version: editing makes version n+1, old versions stay readable', async () => {
    const body = { name: '软件外包服务合同（标准版）', type: 'outsourcing', body: '第一条 服务内容……' };
    expect((await pm.post('/api/v1/contract-templates', body)).statusCode).toBe(403);
    const created = await legal.post('/api/v1/contract-templates', body);
    expect(created.statusCode, created.body).toBe(201);
    const v1 = created.json() as ContractTemplateDetail;
    expect(v1).toMatchObject({ version: 1, active: true, current: { version: 1, body: '第一条 服务内容……' } });
    expect(v1.current.createdBy?.displayName).toBe('tp-legal');

    const url = `/api/v1/contract-templates/${v1.id}`;
    const edit = { ...body, version: 1, active: true, body: '第一条 服务内容（修订）……', changeNote: '按法务意见修订' };
    const saved = await legal.put(url, edit);
    expect(saved.statusCode, saved.body).toBe(200);
    const v2 = saved.json() as ContractTemplateDetail;
    expect(v2.version).toBe(2);
    expect(v2.current).toMatchObject({ version: 2, changeNote: '按法务意见修订' });
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await legal.put(url, edit)).json()).toMatchObject({ status: 409, code: 'version_conflict' });

    const old = await pm.get(`${url}/versions/1`);
    expect(old.statusCode).toBe(200);
    expect((old.json() as TemplateVersion).body).toBe('第一条 服务内容……');
    expect((await pm.get(`${url}/versions/3`)).statusCode).toBe(404);

    const list = await pm.get('/api/v1/contract-templates?type=outsourcing&q=外包');
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: v1.id, version: 2 }] });
    expect((await pm.get('/api/v1/contract-templates?type=nda')).json()).toMatchObject({ total: 0 });

    // A draft starts from the current version; an inactive template is not offered.
    expect(await templateVersionFor(t.db, v1.id)).toMatchObject({ version: 2, body: '第一条 服务内容（修订）……' });
    const off = await legal.put(url, { ...edit, version: 2, active: false });
    expect(off.statusCode).toBe(200);
    expect(await templateVersionFor(t.db, v1.id)).toBeUndefined();

    const actions = (await auditEventsOf(t.db, 'contract-template', v1.id)).map((e) => e.action);
    expect(actions).toEqual(['contract-template.create', 'contract-template.update', 'contract-template.update']);
  });

  it('takes a file uploaded for the template into the next version, and refuses any other', async () => {
    const created = (
      await legal.post('/api/v1/contract-templates', { name: '保密协议', type: 'nda', body: '保密' })
    ).json() as ContractTemplateDetail;
    const res = await legal.put(`/api/v1/contract-templates/${created.id}`, {
      name: '保密协议',
      type: 'nda',
      body: '保密',
      version: 1,
      active: true,
      fileId: created.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: 'fileId' }] });
    const upload = await uploadFor(legal, 'contract-template', created.id, '保密协议正文');
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = (upload.json() as { id: string }).id;
    const withFile = await legal.put(`/api/v1/contract-templates/${created.id}`, {
      name: '保密协议',
      type: 'nda',
      body: '保密',
      version: 1,
      active: true,
      fileId,
    });
    expect(withFile.statusCode, withFile.body).toBe(200);
    expect(withFile.json()).toMatchObject({ version: 2, current: { fileId } });
    expect((await pm.get(`/api/v1/files/${fileId}/content`)).body).toBe('保密协议正文');
  });

  it('seeds the demo standard texts once', async () => {
    expect(await seedDemoContractTemplates(t.db, t.clock)).toBe(3);
    expect(await seedDemoContractTemplates(t.db, t.clock)).toBe(0);
    const nda = await pm.get('/api/v1/contract-templates?type=nda&q=标准文本');
    expect(nda.json()).toMatchObject({ total: 1, items: [{ name: '保密协议（标准文本）', version: 1 }] });
  });
});
