import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../../../platform/storage/files.table';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import { createVendor, TEST_PDF, uploadDocument } from './archive-test-support';

const PDF = TEST_PDF;

describe('contract archive: encrypted documents, grants and the access log (R5.7)', () => {
  let t: TestApp;
  let admin: TestSession;
  let director: TestSession;
  let pm: { id: string; session: TestSession };
  let legal: { id: string; session: TestSession };
  let auditor: TestSession;
  let finance: TestSession;
  let contractId: string;
  let documentId: string;
  const content = (s: TestSession, docId = documentId) =>
    s.get(`/api/v1/contracts/${contractId}/documents/${docId}/content`);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    director = (await createSignedInUser(t, admin, 'archive.director', ['director'])).session;
    pm = await createSignedInUser(t, admin, 'archive.pm', ['project_manager']);
    legal = await createSignedInUser(t, admin, 'archive.legal', ['legal']);
    auditor = (await createSignedInUser(t, admin, 'archive.auditor', ['auditor'])).session;
    finance = (await createSignedInUser(t, admin, 'archive.finance', ['finance'])).session;
    const vendorId = await createVendor(admin);
    const departmentId = '01900000-0000-7000-8000-0000000000d1';
    contractId = (await insertTestContract(t.db, { vendorId, departmentId, status: 'approved' })).id;
  });
  afterAll(async () => t.close());

  it('stores an upload encrypted and lists it to every contract reader, content only for the director', async () => {
    const res = await uploadDocument(pm.session, contractId, [
      { name: 'kind', value: 'signed-copy' },
      { name: 'file', filename: '合同签署版.pdf', content: PDF, contentType: 'application/pdf' },
      { name: 'note', value: '双方盖章' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    documentId = res.json().id;
    expect(res.json()).toMatchObject({
      kind: 'signed-copy',
      name: '合同签署版.pdf',
      sizeBytes: PDF.length,
      note: '双方盖章',
      uploadedBy: { id: pm.id, displayName: 'archive.pm' },
      canOpen: false,
    });

    const asPm = (await pm.session.get(`/api/v1/contracts/${contractId}/documents`)).json();
    expect(asPm).toMatchObject({ total: 1, canOpen: false, canSeeAccessLog: false, canManageGrants: false });
    expect(asPm.items[0]).toMatchObject({ id: documentId, canOpen: false });
    const asDirector = (await director.get(`/api/v1/contracts/${contractId}/documents`)).json();
    expect(asDirector).toMatchObject({ canOpen: true, canSeeAccessLog: true, canManageGrants: true });
    expect(asDirector.items[0].canOpen).toBe(true);

    // The administrator holds every permission but this one: R5.7 keeps signed copies for the director.
    const asAdmin = (await admin.get(`/api/v1/contracts/${contractId}/documents`)).json();
    expect(asAdmin).toMatchObject({ total: 1, canOpen: false, canSeeAccessLog: true, canManageGrants: false });
    expect((await admin.post(`/api/v1/contracts/${contractId}/access-grants`, {})).statusCode).toBe(403);

    // PM (the uploader), finance, auditor, administrator: the document exists, its content does not (404, no hint).
    for (const s of [pm.session, finance, auditor, admin]) expect((await content(s)).statusCode).toBe(404);
    const opened = await content(director);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('application/pdf');
    expect(opened.rawPayload.equals(PDF)).toBe(true);
  });

  it('gives the generic file routes no way around the archive', async () => {
    const [file] = await t.db.select().from(files).where(eq(files.recordId, documentId));
    expect(file?.recordType).toBe('contract-document');
    for (const s of [admin, director, pm.session]) {
      expect((await s.get(`/api/v1/files/${file?.id}/content`)).statusCode).toBe(404);
      expect((await s.get(`/api/v1/files/${file?.id}`)).statusCode).toBe(404);
    }
  });

  it('refuses a bad upload (unknown kind, unknown field) with 400 and keeps nothing', async () => {
    const bad = await uploadDocument(pm.session, contractId, [
      { name: 'kind', value: 'poster' },
      { name: 'file', filename: 'a.pdf', content: PDF, contentType: 'application/pdf' },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'kind' })]);
    const unknown = await uploadDocument(pm.session, contractId, [
      { name: 'recordType', value: 'vendor' },
      { name: 'file', filename: 'a.pdf', content: PDF, contentType: 'application/pdf' },
    ]);
    expect(unknown.statusCode).toBe(400);
    expect((await pm.session.get(`/api/v1/contracts/${contractId}/documents`)).json().total).toBe(1);
    // Finance reads contracts but may not add documents.
    const financeUpload = await uploadDocument(finance, contractId, [
      { name: 'kind', value: 'attachment' },
      { name: 'file', filename: 'a.pdf', content: PDF, contentType: 'application/pdf' },
    ]);
    expect(financeUpload.statusCode).toBe(403);
  });

  it('lets a granted user open until the grant expires, then 404; a role grant works for every holder', async () => {
    // Now: 2026-03-02 02:00Z. The grant runs 20 minutes.
    const grant = await director.post(`/api/v1/contracts/${contractId}/access-grants`, {
      userId: legal.id,
      expiresAt: '2026-03-02T02:20:00Z',
      reason: '法务复核争议条款',
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect(grant.json()).toMatchObject({ user: { id: legal.id }, role: null, active: true });
    expect(
      (
        await pm.session.post(`/api/v1/contracts/${contractId}/access-grants`, {
          role: 'finance',
          expiresAt: '2026-03-03T00:00:00Z',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const past = await director.post(`/api/v1/contracts/${contractId}/access-grants`, {
      role: 'finance',
      expiresAt: '2026-03-01T00:00:00Z',
      reason: '过期',
    });
    expect(past.statusCode).toBe(422);
    const both = await director.post(`/api/v1/contracts/${contractId}/access-grants`, {
      userId: legal.id,
      role: 'finance',
      expiresAt: '2026-03-03T00:00:00Z',
      reason: '两者',
    });
    expect(both.statusCode).toBe(400);

    t.clock.set('2026-03-02T02:10:00Z');
    expect((await legal.session.get(`/api/v1/contracts/${contractId}/documents`)).json().canOpen).toBe(true);
    expect((await content(legal.session)).statusCode).toBe(200);
    t.clock.set('2026-03-02T02:20:00Z'); // the grant's expiry instant: no longer valid
    expect((await content(legal.session)).statusCode).toBe(404);
    expect((await legal.session.get(`/api/v1/contracts/${contractId}/documents`)).json().canOpen).toBe(false);

    const roleGrant = await director.post(`/api/v1/contracts/${contractId}/access-grants`, {
      role: 'finance',
      expiresAt: '2026-03-02T03:00:00Z',
      reason: '付款核对',
    });
    expect((await content(finance)).statusCode).toBe(200);
    const revoked = await director.delete(`/api/v1/contracts/${contractId}/access-grants/${roleGrant.json().id}`);
    expect(revoked.statusCode).toBe(204);
    expect((await content(finance)).statusCode).toBe(404);
    expect(
      (await director.delete(`/api/v1/contracts/${contractId}/access-grants/${roleGrant.json().id}`)).statusCode,
    ).toBe(404);

    const grants = (await director.get(`/api/v1/contracts/${contractId}/access-grants`)).json();
    expect(grants.items.map((g: { reason: string; active: boolean }) => [g.reason, g.active])).toEqual([
      ['付款核对', false],
      ['法务复核争议条款', false],
    ]);
    const contractEvents = (await auditEventsOf(t.db, 'contract', contractId)).map((e) => e.action);
    expect(contractEvents.filter((a) => a.startsWith('contract.access-grant'))).toEqual([
      'contract.access-grant',
      'contract.access-grant',
      'contract.access-grant-revoke',
    ]);
  });

  it('logs and audits every successful open; the director and auditor read the log, the PM may not', async () => {
    const log = await auditor.get(`/api/v1/contracts/${contractId}/document-access`);
    expect(log.statusCode).toBe(200);
    expect(log.json().total).toBe(3);
    expect(
      log
        .json()
        .items.map((e: { user: { displayName: string }; via: string; openedAt: string; documentName: string }) => [
          e.user.displayName,
          e.via,
          e.openedAt,
          e.documentName,
        ]),
    ).toEqual([
      ['archive.finance', 'grant', '2026-03-02T02:20:00.000Z', '合同签署版.pdf'],
      ['archive.legal', 'grant', '2026-03-02T02:10:00.000Z', '合同签署版.pdf'],
      ['archive.director', 'director', '2026-03-02T02:00:00.000Z', '合同签署版.pdf'],
    ]);
    expect((await director.get(`/api/v1/contracts/${contractId}/document-access`)).json().total).toBe(3);
    expect((await pm.session.get(`/api/v1/contracts/${contractId}/document-access`)).statusCode).toBe(403);
    const opens = (await auditEventsOf(t.db, 'contract-document', documentId)).filter(
      (e) => e.action === 'contract-document.open',
    );
    expect(opens.map((e) => e.actorName)).toEqual(['archive.director', 'archive.legal', 'archive.finance']);
    // Refused opens leave no trace in the log.
    expect((await content(pm.session)).statusCode).toBe(404);
    expect((await auditor.get(`/api/v1/contracts/${contractId}/document-access`)).json().total).toBe(3);
  });

  it('answers 404 for another contract’s document and for unknown contracts', async () => {
    const other = await insertTestContract(t.db, {
      vendorId: '01900000-0000-7000-8000-000000000001',
      departmentId: '01900000-0000-7000-8000-0000000000d1',
    });
    expect((await director.get(`/api/v1/contracts/${other.id}/documents/${documentId}/content`)).statusCode).toBe(404);
    expect((await director.get(`/api/v1/contracts/01900000-0000-7000-8000-00000000ffff/documents`)).statusCode).toBe(
      404,
    );
  });
});
