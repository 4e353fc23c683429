import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { pdfText } from '../../test/pdf-text';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { decide, openTaskOf } from '../../platform/workflow/workflow-test-support';
import { evaluationEvents, type RecommendationApproved } from './evaluation-events';
import {
  createTestEvaluation,
  evaluationCast,
  scoreAndSubmit,
  startTestEvaluation,
  type EvaluationCast,
} from './evaluation-test-support';

describe('evaluation report and recommendation', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: EvaluationCast;
  const approved: RecommendationApproved[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await evaluationCast(t, admin, 'rp');
    evaluationEvents.onRecommendationApproved('report-test', async (_tx, _ctx, event) => {
      approved.push(event);
    });
  });
  afterAll(async () => t.close());

  /** A closed evaluation: fin conflicted with the first vendor; sec gives one outlying score. */
  async function closedEvaluation(sourcingRequestId: string | null = null) {
    const created = await createTestEvaluation(cast, { sourcingRequestId });
    const sheets = await startTestEvaluation(cast, created.id, created.version);
    const score = (v: number) => [92, 81, 65][v] as number;
    await scoreAndSubmit(cast.tech, created.id, sheets.tech, created.criteria, cast.vendors, score);
    await scoreAndSubmit(cast.fin, created.id, sheets.fin, created.criteria, cast.vendors, score, [
      { vendorId: cast.vendors[0], reason: '近亲属在该公司任职' },
    ]);
    await scoreAndSubmit(cast.sec, created.id, sheets.sec, created.criteria, cast.vendors, (v, c) =>
      v === 1 && c === 1 ? 30 : score(v),
    );
    const closed = await cast.chair.session.post(`/api/v1/evaluations/${created.id}/close`, {
      version: sheets.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    return { id: created.id, version: closed.json().version as number };
  }

  it('renders the report as PDF with Chinese text and the radar chart, and as xlsx', async () => {
    const { id } = await closedEvaluation();
    const base = `/api/v1/evaluations/${id}`;
    const notes = await cast.chair.session.put(`${base}/vendors/${cast.vendors[0]}/notes`, {
      strengths: '运维团队经验丰富',
      weaknesses: '驻场人员偏少',
    });
    expect(notes.statusCode, notes.body).toBe(200);
    const results = (await cast.chair.session.get(`${base}/results`)).json();
    expect(results.vendors[0]).toMatchObject({ strengths: '运维团队经验丰富', weaknesses: '驻场人员偏少' });
    expect(results.vendors[1].strengths).toContain('技术能力（81）：评语0');

    const pdf = await cast.auditor.session.get(`${base}/report`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.rawPayload);
    for (const expected of [
      '供应商评审报告',
      'EV-2026-0001',
      'rp甲科技有限公司',
      '总分 92',
      '等级 A',
      '维度得分雷达图',
      '安全与合规', // an axis label of the radar chart
      'rp乙信息技术有限公司（', // the radar chart's legend: vendor and total
      '运维团队经验丰富',
      'rp-fin',
      '近亲属在该公司任职',
      '偏离提示',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdf.rawPayload.toString('latin1')).toMatch(/\/FontFile3?/); // the font is embedded

    const xlsx = await cast.chair.session.get(`${base}/report?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名', '评分统计', '评审小组', '偏离提示']);
    const ranking = workbook.getWorksheet('排名');
    expect(ranking?.getRow(2).values).toEqual(
      expect.arrayContaining(['1', 'rp甲科技有限公司', '800000.00', 92, 'A', '运维团队经验丰富']),
    );
    expect(workbook.getWorksheet('偏离提示')?.rowCount).toBe(2);
  });

  it('sends the recommendation through the sourcing-award flow and announces the approval', async () => {
    const director = await createSignedInUser(t, admin, 'rp-director', ['director']);
    const executive = await createSignedInUser(t, admin, 'rp-ceo', ['executive']);
    // A sourcing request of the chair's department in the sourcing stage, the three vendors its candidates.
    const request = await cast.chair.session.post('/api/v1/sourcing-requests', {
      title: '核心网络运维外包',
      background: '现有团队不足',
      goals: '7×24 运维',
      expectedOutcome: '可用性 99.95%',
      budgetAmount: '900000.00',
      functionalNeeds: '监控、巡检',
      serviceLevelNeeds: 'P1 15 分钟响应',
      outsourcingCategory: 'operations',
      urgency: 'high',
      riskLevel: 'medium',
    });
    expect(request.statusCode, request.body).toBe(201);
    const sourcingRequestId = request.json().id as string;
    // Skips the procurement approval (tested by the sourcing module): straight to the sourcing stage.
    await t.db.execute(sql`update sourcing_requests set status = 'sourcing' where id = ${sourcingRequestId}`);
    for (const vendorId of cast.vendors) {
      const candidate = await cast.chair.session.post(`/api/v1/sourcing-requests/${sourcingRequestId}/candidates`, {
        vendorId,
        responseDeadline: '2026-03-20',
      });
      expect(candidate.statusCode, candidate.body).toBe(201);
    }
    const { id, version } = await closedEvaluation(sourcingRequestId);
    const base = `/api/v1/evaluations/${id}`;
    const outside = await cast.chair.session.post(`${base}/recommendation`, {
      version,
      vendorId: '01900000-0000-7000-8000-000000000000',
      reason: '综合得分最高',
    });
    expect(outside.statusCode).toBe(422);
    expect(
      (await cast.tech.session.post(`${base}/recommendation`, { version, vendorId: cast.vendors[0], reason: 'x' }))
        .statusCode,
    ).toBe(403);

    const recommended = await cast.chair.session.post(`${base}/recommendation`, {
      version,
      vendorId: cast.vendors[0],
      reason: '综合得分最高，报价最低',
    });
    expect(recommended.statusCode, recommended.body).toBe(200);
    const body = recommended.json();
    expect(body).toMatchObject({
      status: 'in-approval',
      recommendation: { vendorId: cast.vendors[0], reason: '综合得分最高，报价最低' },
    });
    const approvalId = body.recommendation.approvalId as string;

    // Management rejects once: back to closed, a new recommendation may be made.
    const rejected = await decide(director.session, await openTaskOf(director.session, approvalId, director.id), {
      decision: 'reject',
      comment: '请补充报价比较',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const back = (await cast.chair.session.get(base)).json();
    expect(back).toMatchObject({ status: 'closed', permissions: ['read', 'recommend', 'read-results'] });
    expect(approved).toEqual([]);

    const again = await cast.chair.session.post(`${base}/recommendation`, {
      version: back.version,
      vendorId: cast.vendors[0],
      reason: '综合得分最高，报价最低（已补充报价比较）',
    });
    const secondApproval = again.json().recommendation.approvalId as string;
    for (const who of [director, executive]) {
      const res = await decide(who.session, await openTaskOf(who.session, secondApproval, who.id), {
        decision: 'approve',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await cast.chair.session.get(base)).json()).toMatchObject({ status: 'approved' });
    expect(approved).toEqual([{ evaluationId: id, sourcingRequestId, vendorId: cast.vendors[0] }]);
    // The sourcing module awarded the request to the recommended vendor in the same transaction.
    const awarded = (await cast.chair.session.get(`/api/v1/sourcing-requests/${sourcingRequestId}`)).json();
    expect(awarded).toMatchObject({ status: 'awarded' });
    expect(JSON.stringify(awarded)).toContain(cast.vendors[0]);
    const actions = (await auditEventsOf(t.db, 'evaluation', id)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'evaluation.recommend',
        'evaluation.recommendation-returned',
        'evaluation.recommendation-approved',
      ]),
    );
  });
});
