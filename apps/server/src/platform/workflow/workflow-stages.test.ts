import type { Stage } from '@thirdline/shared/workflow/workflow.schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast, decide, openTaskOf, putTestFlow, startTestApproval, type Detail } from './workflow-test-support';

const stage = (key: string, assignee: Stage['assignee'], mode: Stage['mode'] = 'one', extra: Partial<Stage> = {}) => ({
  key,
  name: { zh: `阶段${key}`, en: `Stage ${key}` },
  assignee,
  mode,
  ...extra,
});

describe('approval stages: parallel modes, exceptions, delegation, definitions', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;
  let legal: { id: string; session: TestSession };
  let legal2: { id: string; session: TestSession };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin, 's');
    legal = await createSignedInUser(t, admin, 's-legal', ['legal']);
    legal2 = await createSignedInUser(t, admin, 's-legal2', ['legal']);
  });
  afterAll(() => t.close());

  const detailOf = async (id: string) => (await admin.get(`/api/v1/approvals/${id}`)).json() as Detail;

  it('"all" waits for every reviewer; "any" closes on the first approval and cancels the rest', async () => {
    await putTestFlow(t, 'parallel', [
      stage('review', { rule: 'role', roles: ['legal', 'finance'] }, 'all'),
      stage('legal-any', { rule: 'role', role: 'legal' }, 'any'),
    ]);
    const id = await startTestApproval(t, { flowCode: 'parallel', submitterId: cast.submitter.id });
    expect((await detailOf(id)).stages[0]?.tasks).toHaveLength(3);
    for (const who of [legal, cast.finance]) {
      await decide(who.session, await openTaskOf(who.session, id, who.id), { decision: 'approve' });
      expect((await detailOf(id)).stages[0]?.status).toBe('active');
    }
    await decide(legal2.session, await openTaskOf(legal2.session, id, legal2.id), { decision: 'approve' });
    const second = await detailOf(id);
    expect(second.stages.map((s) => s.status)).toEqual(['approved', 'active']);
    expect(second.stages[1]?.tasks.map((x) => x.status)).toEqual(['open', 'open']);

    await decide(legal2.session, await openTaskOf(legal2.session, id, legal2.id), { decision: 'approve' });
    const done = await detailOf(id);
    expect(done.status).toBe('approved');
    expect(done.stages[1]?.tasks.map((x) => [x.assignee.id, x.status]).sort()).toEqual(
      [
        [legal.id, 'cancelled'],
        [legal2.id, 'approved'],
      ].sort(),
    );
  });

  it('gives the administrators an exception task when a stage resolves to nobody', async () => {
    await putTestFlow(t, 'nobody', [stage('auditor', { rule: 'role', role: 'security_officer' })]);
    const id = await startTestApproval(t, { flowCode: 'nobody', submitterId: cast.submitter.id });
    const detail = await detailOf(id);
    expect(detail.stages[0]?.tasks).toEqual([
      expect.objectContaining({
        assignee: expect.objectContaining({ displayName: expect.any(String) }),
        exception: true,
      }),
    ]);
    const inbox = (await admin.get('/api/v1/approval-tasks')).json() as { items: { exception: boolean }[] };
    expect(inbox.items[0]?.exception).toBe(true);
    expect((await decide(admin, detail.stages[0]!.tasks[0]!.id, { decision: 'approve' })).statusCode).toBe(200);
    expect((await detailOf(id)).status).toBe('approved');
  });

  it("resolves the submitter's manager, and the parent department's head when the submitter is the head", async () => {
    await putTestFlow(t, 'manager', [stage('manager', { rule: 'submitter-manager' })]);
    const byPm = await startTestApproval(t, { flowCode: 'manager', submitterId: cast.submitter.id });
    expect((await detailOf(byPm)).stages[0]?.tasks[0]?.assignee.id).toBe(cast.head.id);

    const parent = (
      await admin.post('/api/v1/departments', { name: 's 总部', headUserId: cast.director.id })
    ).json() as {
      id: string;
    };
    const dept = (await admin.get(`/api/v1/departments/${cast.departmentId}`)).json() as { version: number };
    await admin.patch(`/api/v1/departments/${cast.departmentId}`, { version: dept.version, parentId: parent.id });
    const byHead = await startTestApproval(t, { flowCode: 'manager', submitterId: cast.head.id });
    expect((await detailOf(byHead)).stages[0]?.tasks[0]?.assignee.id).toBe(cast.director.id);
  });

  it('delegates to another participant (audited) and lets a flow manager reassign', async () => {
    await putTestFlow(t, 'single', [stage('one', { rule: 'user', userId: legal.id })]);
    const id = await startTestApproval(t, { flowCode: 'single', submitterId: cast.submitter.id });
    const task = await openTaskOf(legal.session, id, legal.id);
    const bad = await decide(legal.session, task, { decision: 'delegate', delegateTo: legal.id });
    expect(bad.statusCode).toBe(422);
    const delegated = await decide(legal.session, task, {
      decision: 'delegate',
      delegateTo: legal2.id,
      comment: '出差',
    });
    expect(delegated.statusCode).toBe(200);
    expect((delegated.json() as Detail).stages[0]?.tasks.map((x) => x.status)).toEqual(['delegated', 'open']);
    expect((await auditEventsOf(t.db, 'approval', id)).map((e) => e.action)).toContain('approval.delegate');

    const newTask = await openTaskOf(legal2.session, id, legal2.id);
    expect(
      (await legal.session.post(`/api/v1/approval-tasks/${newTask}/reassign`, { assigneeId: cast.finance.id }))
        .statusCode,
    ).toBe(403);
    const moved = await cast.director.session.post(`/api/v1/approval-tasks/${newTask}/reassign`, {
      assigneeId: cast.finance.id,
      comment: '人员调整',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const detail = moved.json() as Detail;
    expect(detail.stages[0]?.tasks.map((x) => x.status)).toEqual(['delegated', 'cancelled', 'open']);
    expect(detail.timeline.map((e) => e.action)).toEqual(['submitted', 'delegated', 'reassigned']);
    await decide(cast.finance.session, await openTaskOf(cast.finance.session, id, cast.finance.id), {
      decision: 'comment',
      comment: '已阅',
    });
    expect((await detailOf(id)).timeline.at(-1)).toMatchObject({ action: 'commented', comment: '已阅' });
  });

  it('validates definitions on PUT and keeps running approvals on the stages they started with', async () => {
    const list = (await cast.director.session.get('/api/v1/workflow-definitions')).json() as {
      items: { id: string; code: string; version: number; name: { zh: string; en: string }; stages: Stage[] }[];
    };
    expect(list.items.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'contract',
        'contract-renewal',
        'contract-variation',
        'emergency-report',
        'procurement',
        'sourcing-award',
        'vendor-action',
        'vendor-approval',
      ]),
    );
    expect((await cast.finance.session.get('/api/v1/workflow-definitions')).statusCode).toBe(403);
    const vendorFlow = list.items.find((d) => d.code === 'vendor-approval')!;
    const running = await startTestApproval(t, {
      flowCode: 'vendor-approval',
      submitterId: cast.submitter.id,
      departmentId: cast.departmentId,
    });
    const put = (body: object) => cast.director.session.put(`/api/v1/workflow-definitions/${vendorFlow.id}`, body);
    const base = { version: vendorFlow.version, name: vendorFlow.name, enabled: true };

    const empty = await put({ ...base, stages: [] });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('stages');
    const unknownField = await put({
      ...base,
      stages: [{ ...vendorFlow.stages[0], condition: { field: 'colour', op: 'eq', value: 'red' } }],
    });
    expect(unknownField.statusCode).toBe(400);
    const nobody = await put({ ...base, stages: [stage('sec', { rule: 'role', role: 'security_officer' })] });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json()).toMatchObject({ errors: [{ path: 'stages.0.assignee.role' }] });

    const ok = await put({ ...base, stages: [stage('only-legal', { rule: 'role', role: 'legal' }, 'any')] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: vendorFlow.version + 1, stages: [{ key: 'only-legal' }] });
    expect((await put({ ...base, stages: [stage('x', { rule: 'role', role: 'legal' })] })).statusCode).toBe(409);

    // The approval started before the edit still has its three stages.
    expect((await detailOf(running)).stages.map((s) => s.key)).toEqual(['department-head', 'finance', 'executive']);
  });
});
