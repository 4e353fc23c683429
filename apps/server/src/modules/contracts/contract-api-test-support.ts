import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';
import type { TestSession } from '../../test/test-session';

let vendorSerial = 0;

/** Registers a vendor through the vendors API (a candidate with a fresh valid USCC); returns its id. */
export async function registerTestVendor(session: TestSession, name: string): Promise<string> {
  vendorSerial += 1;
  const body = `9144030070${String(vendorSerial).padStart(7, '0')}`;
  const uscc = `${body}${usccCheckCharacter(body) as string}`;
  const res = await session.post('/api/v1/vendors', { name, uscc, type: 'software' });
  if (res.statusCode !== 201) throw new Error(`registering vendor ${name} failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** The field paths of a problem's `errors`, without the request part (`body.amount` → `amount`). */
export function problemPaths(problem: { errors?: { path: string }[] }): string[] {
  return (problem.errors ?? []).map((e) => e.path.replace(/^body\./, ''));
}
