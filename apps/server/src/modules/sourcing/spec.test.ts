import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast } from '../../platform/workflow/workflow-test-support';
import { createSourcingVia, forceSourcingStatus } from './sourcing-test-support';

const item = (description: string, overrides: Record<string, unknown> = {}) => ({
  type: 'functional',
  priority: 'must',
  description,
  acceptanceCriterion: `${description}：验收通过`,
  ...overrides,
});

describe('requirements versions and scope (R2.3, R2.4)', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;
  let pm: TestSession;
  let otherPm: TestSession;
  let base: string;
  let requestId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin, 'spec');
    pm = cast.submitter.session;
    const other = await admin.post('/api/v1/departments', { name: '市场部' });
    otherPm = (await createSignedInUser(t, admin, 'spec-other', ['project_manager'], { departmentId: other.json().id }))
      .session;
    const sr = await createSourcingVia(pm);
    requestId = sr.id;
    base = `/api/v1/sourcing-requests/${sr.id}`;
  });
  afterAll(() => t.close());

  it('saves v1 and v2 with keys kept, shows the diff, refuses a stale basedOn', async () => {
    const v1 = await pm.put(`${base}/requirements`, {
      basedOn: 0,
      note: '初稿',
      items: [
        item('监控告警'),
        item('等保三级', { type: 'non-functional' }),
        item('值守排班', { type: 'business', priority: 'should' }),
      ],
    });
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({
      number: 1,
      note: '初稿',
      confirmedAt: null,
      createdBy: { id: cast.submitter.id },
    });
    expect(v1.json().items.map((i: { key: string }) => i.key)).toEqual(['R1', 'R2', 'R3']);

    const stale = await pm.put(`${base}/requirements`, { basedOn: 0, items: [item('x')] });
    expect(stale.statusCode).toBe(409);

    const v2 = await pm.put(`${base}/requirements`, {
      basedOn: 1,
      items: [
        { key: 'R1', ...item('监控告警', { acceptanceCriterion: '告警 1 分钟内送达' }) },
        { key: 'R3', ...item('值守排班', { type: 'business', priority: 'must' }) },
        item('季度报告', { type: 'business', priority: 'could' }),
      ],
    });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().items.map((i: { key: string }) => i.key)).toEqual(['R1', 'R3', 'R4']);

    const all = (await cast.finance.session.get(`${base}/requirements`)).json();
    expect(all.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(all.versions[0].items).toHaveLength(3);

    const diff = (await pm.get(`${base}/requirements/diff?from=1&to=2`)).json();
    expect(diff.added.map((i: { key: string }) => i.key)).toEqual(['R4']);
    expect(diff.removed.map((i: { description: string }) => i.description)).toEqual(['等保三级']);
    expect(diff.changed.map((c: { key: string; fields: string[] }) => [c.key, c.fields])).toEqual([
      ['R1', ['acceptanceCriterion']],
      ['R3', ['priority']],
    ]);
    expect(diff.unchanged).toBe(0);
    expect((await pm.get(`${base}/requirements/diff?from=1&to=9`)).statusCode).toBe(404);
    const events = (await auditEventsOf(t.db, 'sourcing-request', requestId)).map((e) => e.action);
    expect(events.filter((a) => a === 'sourcing-request.requirements-version')).toHaveLength(2);
  });

  it('refuses bad items with their paths, and another department’s writer with 403', async () => {
    const bad = await pm.put(`${base}/requirements`, {
      basedOn: 2,
      items: [item('x', { type: 'legal', priority: 'nice' })],
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'body.items.0.priority',
      'body.items.0.type',
    ]);
    const dup = await pm.put(`${base}/requirements`, {
      basedOn: 2,
      items: [
        { key: 'A', ...item('x') },
        { key: 'A', ...item('y') },
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect((await otherPm.put(`${base}/requirements`, { basedOn: 2, items: [item('x')] })).statusCode).toBe(403);
    expect((await otherPm.put(`${base}/scope`, scope())).statusCode).toBe(403);
    expect((await pm.get(`${base}/requirements`)).json().versions).toHaveLength(2);
  });

  it('only the requesting department head confirms, and only the latest version', async () => {
    const byPm = await pm.post(`${base}/requirements/2/confirm`, {});
    expect(byPm.statusCode).toBe(403);
    expect(byPm.json().code).toBe('not_department_head');
    const old = await cast.head.session.post(`${base}/requirements/1/confirm`, {});
    expect(old.statusCode).toBe(409);
    expect(old.json()).toMatchObject({ code: 'not_latest_version', latest: 2 });
    const ok = await cast.head.session.post(`${base}/requirements/2/confirm`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      number: 2,
      confirmedBy: { id: cast.head.id },
      confirmedAt: '2026-03-02T02:00:00.000Z',
    });
    expect((await cast.head.session.post(`${base}/requirements/2/confirm`, {})).statusCode).toBe(409);
    expect((await pm.get(base)).json().permissions).not.toContain('confirm');
    expect((await cast.head.session.get(base)).json().permissions).toContain('confirm');
  });

  const scope = (overrides: Record<string, unknown> = {}) => ({
    version: 0,
    objectives: '7×24 运维覆盖',
    deliverables: ['运维月报', '应急预案'],
    inScope: '生产环境监控与巡检',
    outOfScope: '应用开发',
    milestones: [{ name: '驻场到位', dueDate: '2026-04-01' }],
    wbs: [
      {
        name: '监控',
        ownerId: cast.submitter.id,
        children: [{ name: '告警规则', ownerId: cast.head.id, deliverable: '告警清单' }],
      },
      { name: '巡检', ownerId: cast.submitter.id },
    ],
    ...overrides,
  });

  it('writes the scope with a numbered WBS and an owner per node; unknown owners → 400 with the node path', async () => {
    expect((await pm.get(`${base}/scope`)).json()).toEqual({ scope: null });
    const bad = await pm.put(
      `${base}/scope`,
      scope({
        wbs: [
          {
            name: '监控',
            ownerId: cast.head.id,
            children: [{ name: 'x', ownerId: '0190c0de-0000-7000-8000-000000000001' }],
          },
        ],
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'wbs.0.children.0.ownerId', message: '用户不存在或已停用。' }]);
    const res = await pm.put(`${base}/scope`, scope());
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json();
    expect(saved.version).toBe(1);
    expect(saved.wbs.map((n: { code: string }) => n.code)).toEqual(['1', '2']);
    expect(saved.wbs[0].children[0]).toMatchObject({
      code: '1.1',
      name: '告警规则',
      owner: { id: cast.head.id },
      deliverable: '告警清单',
      children: [],
    });
    expect((await pm.put(`${base}/scope`, scope({ version: 0 }))).statusCode).toBe(409);
  });

  it('the department head confirms the scope; a later change withdraws the confirmation', async () => {
    expect((await pm.post(`${base}/scope/confirm`, { version: 1 })).statusCode).toBe(403);
    expect((await cast.head.session.post(`${base}/scope/confirm`, { version: 0 })).statusCode).toBe(400);
    const confirmed = await cast.head.session.post(`${base}/scope/confirm`, { version: 1 });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ version: 2, confirmedBy: { id: cast.head.id } });
    const changed = await pm.put(`${base}/scope`, scope({ version: 2, outOfScope: '应用开发、硬件采购' }));
    expect(changed.json()).toMatchObject({ version: 3, confirmedAt: null, confirmedBy: null });
  });

  it('freezes requirements and scope once the request is final (409)', async () => {
    await forceSourcingStatus(t.db, requestId, 'cancelled');
    const res = await pm.put(`${base}/requirements`, { basedOn: 2, items: [item('x')] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'wrong_status', from: 'cancelled' });
    expect((await pm.put(`${base}/scope`, scope({ version: 3 }))).statusCode).toBe(409);
    expect((await cast.head.session.post(`${base}/scope/confirm`, { version: 3 })).statusCode).toBe(409);
  });
});
