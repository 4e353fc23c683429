import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import { findContract } from '../contracts.repository';
import { createApprovedVendor, createVendor, uploadPdf } from './archive-test-support';

const departmentId = '01900000-0000-7000-8000-0000000000d1';
const signatories = [
  { side: 'company', name: '张伟', title: '信息科技部总经理' },
  { side: 'vendor', name: '李娜', title: '法定代表人' },
];

describe('signing a contract with the pre-sign vendor checks (R5.3)', () => {
  let t: TestApp;
  let admin: TestSession;
  let director: TestSession;
  let pm: TestSession;
  let approvedVendorId: string;
  let candidateVendorId: string;
  const sign = (s: TestSession, id: string, body: Record<string, unknown>) =>
    s.post(`/api/v1/contracts/${id}/sign`, { version: 1, signedOn: '2026-03-01', signatories, ...body });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    director = (await createSignedInUser(t, admin, 'sign.director', ['director'])).session;
    pm = (await createSignedInUser(t, admin, 'sign.pm', ['project_manager'])).session;
    approvedVendorId = await createApprovedVendor(admin);
    candidateVendorId = await createVendor(admin);
  });
  afterAll(async () => t.close());

  it('refuses an unapproved vendor with 422 and every reason; a director overrides with a reason (audited)', async () => {
    const contract = await insertTestContract(t.db, { vendorId: candidateVendorId, departmentId, status: 'approved' });
    const copy = await uploadPdf(pm, contract.id);
    const refused = await sign(pm, contract.id, { signedCopyDocumentId: copy });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'presign_conditions_unmet' });
    expect(refused.json().unmetConditions.map((c: { code: string; vendorId: string }) => [c.code, c.vendorId])).toEqual(
      [
        ['vendor_not_approved', candidateVendorId],
        ['no_valid_due_diligence', candidateVendorId],
      ],
    );
    // Only a director may override.
    const pmOverride = await sign(pm, contract.id, { signedCopyDocumentId: copy, overrideReason: '业务紧急' });
    expect(pmOverride.statusCode).toBe(403);
    expect(await findContract(t.db, contract.id)).toMatchObject({ status: 'approved', version: 1, signedAt: null });
    expect((await pm.get(`/api/v1/contracts/${contract.id}/signing`)).statusCode).toBe(404);

    const overridden = await sign(director, contract.id, {
      signedCopyDocumentId: copy,
      overrideReason: '监管要求月底前上线，尽调补做中',
    });
    expect(overridden.statusCode, overridden.body).toBe(200);
    // Started 2026-01-01, signed 2026-03-01: active at once.
    expect(overridden.json()).toMatchObject({
      status: 'active',
      version: 2,
      signedOn: '2026-03-01',
      signedAt: '2026-03-02T02:00:00.000Z',
      activatedAt: '2026-03-02T02:00:00.000Z',
      signatories,
      signedCopyDocumentId: copy,
      overrideReason: '监管要求月底前上线，尽调补做中',
    });
    expect(overridden.json().overriddenConditions.map((c: { code: string }) => c.code)).toEqual([
      'vendor_not_approved',
      'no_valid_due_diligence',
    ]);
    const events = await auditEventsOf(t.db, 'contract', contract.id);
    const override = events.find((e) => e.action === 'contract.presign-override');
    expect(override?.actorName).toBe('sign.director');
    expect(JSON.stringify(override?.changes)).toContain('监管要求月底前上线');
    expect(events.map((e) => e.action)).toContain('contract.sign');
    expect((await pm.get(`/api/v1/contracts/${contract.id}/signing`)).json()).toMatchObject({ status: 'active' });
    // Signed once: a second signing is an illegal transition.
    const again = await sign(director, contract.id, { version: 2, signedCopyDocumentId: copy, overrideReason: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'illegal_transition', allowedNext: ['expired', 'terminated'] });
  });

  it('answers 409 with the allowed next states for a contract that is not approved, and for a stale version', async () => {
    const draft = await insertTestContract(t.db, { vendorId: approvedVendorId, departmentId, status: 'draft' });
    const copy = await uploadPdf(pm, draft.id);
    const res = await sign(pm, draft.id, { signedCopyDocumentId: copy });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'illegal_transition', from: 'draft', allowedNext: ['in-review'] });
    const approved = await insertTestContract(t.db, { vendorId: approvedVendorId, departmentId, status: 'approved' });
    const stale = await sign(pm, approved.id, { version: 7, signedCopyDocumentId: await uploadPdf(pm, approved.id) });
    expect(stale.statusCode).toBe(409);
    expect(await findContract(t.db, approved.id)).toMatchObject({ status: 'approved', version: 1 });
  });

  it('needs a signed copy of this contract, both sides, and a signing date not in the future', async () => {
    const contract = await insertTestContract(t.db, { vendorId: approvedVendorId, departmentId, status: 'approved' });
    const attachment = await uploadPdf(pm, contract.id, 'attachment');
    expect((await sign(pm, contract.id, { signedCopyDocumentId: attachment })).statusCode).toBe(422);
    const copy = await uploadPdf(pm, contract.id);
    const oneSide = await sign(pm, contract.id, {
      signedCopyDocumentId: copy,
      signatories: [signatories[0], signatories[0]],
    });
    expect(oneSide.statusCode).toBe(400);
    expect(oneSide.json().errors).toEqual([
      expect.objectContaining({ path: 'body.signatories', message: '双方都必须有签署人。' }),
    ]);
    const future = await sign(pm, contract.id, { signedCopyDocumentId: copy, signedOn: '2026-03-03' });
    expect(future.statusCode).toBe(400);
    expect(await findContract(t.db, contract.id)).toMatchObject({ status: 'approved', signedOn: null });
  });

  it('signs with an approved vendor; a contract starting later stays approved (signed) until its start date', async () => {
    const contract = await insertTestContract(t.db, {
      vendorId: approvedVendorId,
      departmentId,
      status: 'approved',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    });
    const copy = await uploadPdf(pm, contract.id);
    const res = await sign(pm, contract.id, { signedCopyDocumentId: copy, overrideReason: '无需' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      activatedAt: null,
      overrideReason: null,
      overriddenConditions: [],
    });
    expect(await findContract(t.db, contract.id)).toMatchObject({ signedOn: '2026-03-01', status: 'approved' });
    expect((await auditEventsOf(t.db, 'contract', contract.id)).map((e) => e.action)).not.toContain(
      'contract.presign-override',
    );
  });
});
