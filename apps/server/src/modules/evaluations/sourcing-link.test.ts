import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import {
  evaluationCast,
  scoreAndSubmit,
  sourcingTemplateId,
  startTestEvaluation,
  type EvaluationCast,
} from './evaluation-test-support';

describe('an evaluation started from a sourcing request', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: EvaluationCast;
  let templateId: string;
  let requestId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await evaluationCast(t, admin, 'sl');
    templateId = (await sourcingTemplateId(cast.chair.session)).id;
    const request = await cast.chair.session.post('/api/v1/sourcing-requests', {
      title: '核心网络运维外包',
      background: '现有团队不足',
      goals: '7×24 运维',
      expectedOutcome: '可用性 99.95%',
      budgetAmount: '900000.00',
      outsourcingCategory: 'operations',
    });
    expect(request.statusCode, request.body).toBe(201);
    requestId = request.json().id as string;
  });
  afterAll(async () => t.close());

  const start = (vendorIds: readonly string[], sourcingRequestId: string = requestId) =>
    cast.chair.session.post('/api/v1/evaluations', {
      title: '运维外包选型',
      templateId,
      sourcingRequestId,
      vendors: vendorIds.map((vendorId) => ({ vendorId, price: '100000.00' })),
    });
  const invite = (vendorId: string) =>
    cast.chair.session.post(`/api/v1/sourcing-requests/${requestId}/candidates`, {
      vendorId,
      responseDeadline: '2026-03-20',
    });
  // Skips the procurement approval (tested by the sourcing module).
  const forceStatus = (status: string) =>
    t.db.execute(sql`update sourcing_requests set status = ${status} where id = ${requestId}`);
  const evaluationCount = async () =>
    (await cast.chair.session.get(`/api/v1/evaluations?sourcingRequestId=${requestId}`)).json().total as number;

  it('needs an existing request (400 on sourcingRequestId, in Chinese)', async () => {
    const res = await start(cast.vendors, '0190c0de-0000-7000-8000-0000000000aa');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'sourcingRequestId', message: '采购需求不存在。' }]);
  });

  it('needs the request in sourcing: a draft or approved one is refused with its status (422)', async () => {
    const draft = await start([cast.vendors[0]]);
    expect(draft.statusCode).toBe(422);
    expect(draft.json()).toMatchObject({
      code: 'sourcing_request_not_sourcing',
      sourcingRequestId: requestId,
      sourcingRequestStatus: 'draft',
    });
    await forceStatus('approved');
    expect((await start([cast.vendors[0]])).json()).toMatchObject({ sourcingRequestStatus: 'approved' });
    expect(await evaluationCount()).toBe(0);
  });

  it("compares only the request's candidates: 422 listing the vendors that are not", async () => {
    await forceStatus('sourcing');
    expect((await invite(cast.vendors[0])).statusCode).toBe(201);
    expect((await invite(cast.vendors[1])).statusCode).toBe(201);
    const res = await start(cast.vendors);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'not_candidates', vendorIds: [cast.vendors[2]] });
    expect(await evaluationCount()).toBe(0);

    const ok = await start([cast.vendors[0], cast.vendors[1]]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ sourcingRequestId: requestId, status: 'draft' });
    expect(await evaluationCount()).toBe(1);

    // Changing the vendors of the draft keeps to the candidates too.
    const base = `/api/v1/evaluations/${ok.json().id}`;
    const changed = await cast.chair.session.patch(base, {
      version: ok.json().version,
      vendors: [{ vendorId: cast.vendors[2] }, { vendorId: cast.vendors[0] }],
    });
    expect(changed.statusCode).toBe(422);
    expect(changed.json()).toMatchObject({ code: 'not_candidates', vendorIds: [cast.vendors[2]] });
    const kept = (await cast.chair.session.get(base)).json();
    expect(kept.vendors.map((v: { vendorId: string }) => v.vendorId)).toEqual([cast.vendors[0], cast.vendors[1]]);
  });

  it('recommends only while the request is sourcing; a USD price goes to management as its CNY equivalent', async () => {
    const created = await cast.chair.session.post('/api/v1/evaluations', {
      title: '运维外包选型（美元报价）',
      templateId,
      sourcingRequestId: requestId,
      vendors: [
        { vendorId: cast.vendors[0], price: '80000.00', currency: 'USD' },
        { vendorId: cast.vendors[1], price: '600000.00' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, criteria } = created.json() as { id: string; criteria: { id: string; priceCriterion: boolean }[] };
    const sheets = await startTestEvaluation(cast, id, created.json().version);
    const vendors = [cast.vendors[0], cast.vendors[1]];
    for (const who of ['tech', 'fin', 'sec'] as const) {
      await scoreAndSubmit(cast[who], id, sheets[who], criteria, vendors, (v) => (v === 0 ? 90 : 80));
    }
    const closed = await cast.chair.session.post(`/api/v1/evaluations/${id}/close`, { version: sheets.version });
    expect(closed.statusCode, closed.body).toBe(200);
    const recommend = (version: number) =>
      cast.chair.session.post(`/api/v1/evaluations/${id}/recommendation`, {
        version,
        vendorId: cast.vendors[0],
        reason: '综合得分最高',
      });

    await forceStatus('cancelled');
    const refused = await recommend(closed.json().version);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'sourcing_request_not_sourcing', sourcingRequestStatus: 'cancelled' });
    expect((await cast.chair.session.get(`/api/v1/evaluations/${id}`)).json().status).toBe('closed');

    await forceStatus('sourcing');
    const sent = await recommend(closed.json().version);
    expect(sent.statusCode, sent.body).toBe(200);
    const approvalId = sent.json().recommendation.approvalId as string;
    const [row] = await queryRows<{ context: Record<string, unknown> }>(
      t.db,
      sql`select context from approvals where id = ${approvalId}`,
    );
    // 80 000 USD × 7.1 = 568 000 CNY, not 80 000.
    expect(row?.context).toMatchObject({ amount: 568000, currency: 'USD', price: '80000.00', rateToCny: '7.100000' });
  });
});
