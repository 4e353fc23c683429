import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast, decide, openTaskOf, startTestApproval } from '../../platform/workflow/workflow-test-support';
import { registerTestVendor } from './contract-api-test-support';
import { insertTestContract } from './contract-test-support';
import { updateContractRow } from './contracts.repository';

describe('the contract approval flow outcome', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;
  let vendorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin, 'ca');
    vendorId = await registerTestVendor(admin, '测试科技有限公司');
  });
  afterAll(async () => t.close());

  /** A contract in approval with a running `contract` flow for it (as the drafting part starts it). */
  async function inApproval(amount: string) {
    const row = await insertTestContract(t.db, {
      vendorId,
      departmentId: cast.departmentId,
      status: 'in-approval',
      amount,
    });
    const approvalId = await startTestApproval(t, {
      flowCode: 'contract',
      recordType: 'contract',
      recordId: row.id,
      departmentId: cast.departmentId,
      submitterId: cast.submitter.id,
      context: { amount: Number(amount) },
    });
    await updateContractRow(t.db, row.id, { approvalId });
    return { id: row.id, approvalId };
  }

  const contract = async (id: string) =>
    (await admin.get(`/api/v1/contracts/${id}`)).json() as { status: string; version: number; allowedNext: string[] };

  it('approves the contract once department head, director and executive (≥ 500 000) agree', async () => {
    const { id, approvalId } = await inApproval('800000.00');
    for (const who of [cast.head, cast.director]) {
      const res = await decide(who.session, await openTaskOf(who.session, approvalId, who.id), { decision: 'approve' });
      expect(res.statusCode, res.body).toBe(200);
      expect((await contract(id)).status).toBe('in-approval');
    }
    const last = await decide(
      cast.executive.session,
      await openTaskOf(cast.executive.session, approvalId, cast.executive.id),
      {
        decision: 'approve',
      },
    );
    expect(last.statusCode, last.body).toBe(200);
    expect(await contract(id)).toMatchObject({ status: 'approved', version: 2, allowedNext: ['active', 'terminated'] });
    const audit = (await auditEventsOf(t.db, 'contract', id)).at(-1);
    expect(audit).toMatchObject({ action: 'contract.approve', actorId: cast.executive.id });
  });

  it('sends a rejected contract back to draft', async () => {
    const { id, approvalId } = await inApproval('1000.00');
    const res = await decide(cast.head.session, await openTaskOf(cast.head.session, approvalId, cast.head.id), {
      decision: 'reject',
      comment: '金额不合理',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await contract(id)).toMatchObject({ status: 'draft', version: 2 });
    const audit = (await auditEventsOf(t.db, 'contract', id)).at(-1);
    expect(audit).toMatchObject({ action: 'contract.return-to-draft', actorId: cast.head.id });
  });

  it('sends a withdrawn contract back to draft', async () => {
    const { id, approvalId } = await inApproval('1000.00');
    const res = await cast.submitter.session.post(`/api/v1/approvals/${approvalId}/withdraw`, { comment: '重新起草' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await contract(id)).toMatchObject({ status: 'draft', version: 2, allowedNext: ['in-review'] });
  });

  it('leaves a contract alone when the outcome is of an approval it no longer runs', async () => {
    const { id, approvalId } = await inApproval('1000.00');
    // The contract has since been linked to another approval (e.g. a new round after this one was abandoned).
    await updateContractRow(t.db, id, { approvalId: '01890000-0000-7000-8000-000000000001' });
    await decide(cast.head.session, await openTaskOf(cast.head.session, approvalId, cast.head.id), {
      decision: 'reject',
      comment: '旧的审批',
    });
    expect(await contract(id)).toMatchObject({ status: 'in-approval', version: 1 });
  });
});
