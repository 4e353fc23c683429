import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { signIn, type TestSession } from '../../../test/test-session';
import { createTestUser, TEST_USER_PASSWORD } from '../../../test/test-users';
import { templateVersionFor } from './template-versions';

const body = {
  name: '网络运维评审',
  scale: '1-5',
  levelDescriptors: [
    { level: 1, text: '差' },
    { level: 5, text: '优秀' },
  ],
  criteria: [
    { dimension: '技术', name: '方案', weight: 40 },
    { dimension: '技术', name: '团队', weight: 30.5 },
    { dimension: '价格', name: '报价', weight: 29.5, priceCriterion: true },
  ],
};

describe('evaluation templates', () => {
  let t: TestApp;
  let admin: TestSession;
  let pm: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    await createTestUser(t.db, 'tpl_pm', ['project_manager']);
    pm = await signIn(t.app, 'tpl_pm', TEST_USER_PASSWORD);
  });
  afterAll(async () => t.close());

  it('seeds the sourcing and re-evaluation defaults with their weights', async () => {
    const res = await pm.get('/api/v1/evaluation-templates');
    expect(res.statusCode, res.body).toBe(200);
    const byCode = new Map(res.json().items.map((i: { code: string }) => [i.code, i]));
    const sourcing = byCode.get('sourcing-default') as { criteria: { name: string; weight: number }[] };
    expect(sourcing.criteria.map((c) => [c.name, c.weight])).toEqual([
      ['技术能力', 30],
      ['服务质量', 25],
      ['财务状况', 15],
      ['安全与合规', 15],
      ['性价比', 15],
    ]);
    expect(byCode.get('re-evaluation-default')).toMatchObject({
      scale: '0-100',
      version: 1,
      permissions: ['read'],
      criteria: [{ name: '质量', weight: 25 }, { name: '进度' }, { name: '成本控制' }, { name: '满意度' }],
    });
    expect((await templateVersionFor(t.db, 're-evaluation-default'))?.criteria).toHaveLength(4);
  });

  it('refuses weights that do not sum to exactly 100 and writes nothing', async () => {
    const before = (await admin.get('/api/v1/evaluation-templates')).json().items.length;
    const res = await admin.post('/api/v1/evaluation-templates', {
      ...body,
      criteria: [{ dimension: '技术', name: '方案', weight: 99.99 }],
    });
    expect(res.statusCode).toBe(400);
    // The administrator's interface language is zh-CN: field messages come back in Chinese.
    expect(res.json().errors).toEqual([{ path: 'body.criteria', message: '各项权重之和必须正好为 100。' }]);
    expect((await admin.get('/api/v1/evaluation-templates')).json().items.length).toBe(before);
  });

  it('creates, versions on edit, keeps old versions and keeps criterion ids', async () => {
    expect((await pm.post('/api/v1/evaluation-templates', body)).statusCode).toBe(403);
    const created = await admin.post('/api/v1/evaluation-templates', body);
    expect(created.statusCode, created.body).toBe(201);
    const v1 = created.json();
    expect(v1).toMatchObject({ version: 1, scale: '1-5', active: true, permissions: ['read', 'edit'] });
    expect(v1.criteria.map((c: { priceCriterion: boolean }) => c.priceCriterion)).toEqual([false, false, true]);

    t.clock.advance(60_000);
    const edit = {
      ...body,
      version: 1,
      criteria: [
        { dimension: '技术', name: '方案', weight: 50 },
        { dimension: '价格', name: '报价', weight: 50, priceCriterion: true },
      ],
    };
    const updated = await admin.put(`/api/v1/evaluation-templates/${v1.id}`, edit);
    expect(updated.statusCode, updated.body).toBe(200);
    const v2 = updated.json();
    expect(v2.version).toBe(2);
    expect(v2.criteria.map((c: { id: string }) => c.id)).toEqual([v1.criteria[0].id, v1.criteria[2].id]);

    const stale = await admin.put(`/api/v1/evaluation-templates/${v1.id}`, edit);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');

    const versions = (await pm.get(`/api/v1/evaluation-templates/${v1.id}/versions`)).json().items;
    expect(versions.map((v: { version: number; criteria: unknown[] }) => [v.version, v.criteria.length])).toEqual([
      [1, 3],
      [2, 2],
    ]);
    const old = await pm.get(`/api/v1/evaluation-templates/${v1.id}/versions/1`);
    expect(old.json().criteria[1]).toMatchObject({ name: '团队', weight: 30.5 });
    expect((await pm.get(`/api/v1/evaluation-templates/${v1.id}/versions/3`)).statusCode).toBe(404);
    expect((await templateVersionFor(t.db, v1.id, 1))?.criteria).toHaveLength(3);

    const events = await auditEventsOf(t.db, 'evaluation-template', v1.id);
    expect(events.map((e) => e.action)).toEqual(['evaluation-template.create', 'evaluation-template.update']);
  });

  it('refuses a duplicate code with 409', async () => {
    const res = await admin.post('/api/v1/evaluation-templates', { ...body, code: 'sourcing-default' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('template_code_taken');
  });

  it('answers 404 for an unknown template', async () => {
    const res = await pm.get('/api/v1/evaluation-templates/01900000-0000-7000-8000-000000000000');
    expect(res.statusCode).toBe(404);
  });
});
