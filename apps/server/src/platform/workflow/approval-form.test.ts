import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast, decide, openTaskOf, startTestApproval } from './workflow-test-support';

describe('the printable approval form (审批单)', () => {
  let t: TestApp;
  let admin: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(() => t.close());

  it('is a PDF with the record summary and every stage in Chinese, with an embedded font', async () => {
    const cast = await approvalCast(t, admin, 'p');
    const id = await startTestApproval(t, {
      flowCode: 'procurement',
      submitterId: cast.submitter.id,
      departmentId: cast.departmentId,
      title: '服务器采购申请',
      context: { amount: 624_800, currency: 'USD', budgetAmount: '88000.00', rateToCny: '7.100000' },
    });
    await decide(cast.head.session, await openTaskOf(cast.head.session, id, cast.head.id), {
      decision: 'approve',
      comment: '同意采购',
    });
    const res = await cast.submitter.session.get(`/api/v1/approvals/${id}/form.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E5%AE%A1%E6%89%B9%E5%8D%95");
    const body = res.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.length).toBeLessThan(300_000); // the font is subset, not embedded whole (8 MB)
    expect(body.toString('latin1')).toMatch(/\/FontFile3|\/FontFile2/);

    const text = await pdfText(body);
    for (const expected of [
      '审批单',
      '服务器采购申请',
      '部门负责人审批',
      '同意采购',
      '财务审核',
      '未开始',
      '金额（人民币，与审批门槛比较）：624800',
      '预算金额（原币）：88000.00',
      '汇率（兑人民币）：7.100000',
      'p-head',
    ]) {
      expect(text).toContain(expected);
    }
    // Only those who may see the approval get the form.
    expect((await cast.executive.session.get(`/api/v1/approvals/${id}/form.pdf`)).statusCode).toBe(404);
  });
});
