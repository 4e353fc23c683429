import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';
import type { TestSession } from '../../../test/test-session';

let serial = 0;

/** A vendor registered through the API (the ledger reads its name). */
export async function createLedgerVendor(admin: TestSession, name: string): Promise<string> {
  serial += 1;
  const body = `9131000070${String(serial).padStart(7, '0')}`;
  const res = await admin.post('/api/v1/vendors', {
    name,
    uscc: `${body}${usccCheckCharacter(body)}`,
    type: 'software',
  });
  if (res.statusCode !== 201) throw new Error(`creating a vendor failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

export async function createLedgerDepartment(admin: TestSession, name: string): Promise<string> {
  const res = await admin.post('/api/v1/departments', { name });
  if (res.statusCode !== 201) throw new Error(`creating a department failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}
