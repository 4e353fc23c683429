import { multipartBody, type FormPart } from '../../../test/test-multipart';
import type { TestSession } from '../../../test/test-session';
import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';

/** A small valid PDF body for upload tests. */
export const TEST_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Uploads a contract document through the archive route (multipart). */
export async function uploadDocument(session: TestSession, contractId: string, parts: FormPart[]) {
  const { payload, contentType } = multipartBody(parts);
  return session.request('POST', `/api/v1/contracts/${contractId}/documents`, payload, { 'content-type': contentType });
}

/** Uploads a PDF of the given kind and returns the new document's id. */
export async function uploadPdf(session: TestSession, contractId: string, kind = 'signed-copy'): Promise<string> {
  const res = await uploadDocument(session, contractId, [
    { name: 'kind', value: kind },
    { name: 'file', filename: `${kind}.pdf`, content: TEST_PDF, contentType: 'application/pdf' },
  ]);
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

let serial = 0;

/** A vendor created through the API as `admin` (status as the registry starts it: not approved). */
export async function createVendor(admin: TestSession): Promise<string> {
  serial += 1;
  const body17 = `9131000070${String(serial).padStart(7, '0')}`;
  const res = await admin.post('/api/v1/vendors', {
    name: `归档测试供应商${serial}`,
    uscc: `${body17}${usccCheckCharacter(body17) as string}`,
    type: 'software',
  });
  if (res.statusCode !== 201) throw new Error(`creating a vendor failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** A vendor the registry has approved (shortlisted, a passing due diligence, approved), created as `admin`. */
export async function createApprovedVendor(admin: TestSession): Promise<string> {
  const vendorId = await createVendor(admin);
  const base = `/api/v1/vendors/${vendorId}`;
  const steps = [
    await admin.post(`${base}/transitions`, { to: 'shortlisted', reason: '入围' }),
    await admin.post(`${base}/due-diligence`, { kind: 'site_visit', performedOn: '2026-02-28', conclusion: 'pass' }),
    await admin.post(`${base}/transitions`, { to: 'approved', reason: '尽调通过' }),
  ];
  const failed = steps.find((r) => r.statusCode >= 300);
  if (failed) throw new Error(`approving the vendor failed: ${failed.statusCode} ${failed.body}`);
  return vendorId;
}
