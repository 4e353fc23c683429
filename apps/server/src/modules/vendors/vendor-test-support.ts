import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';

import type { TestSession } from '../../test/test-session';

/** A valid USCC from a 17-character body (the check character computed). */
export function uscc(body17: string): string {
  return `${body17}${usccCheckCharacter(body17) as string}`;
}

let serial = 0;
/** A fresh valid USCC each call. */
export function nextUscc(): string {
  serial += 1;
  return uscc(`9131000060${String(serial).padStart(7, '0')}`);
}

export async function createVendorVia(session: TestSession, body: Record<string, unknown> = {}) {
  const res = await session.post('/api/v1/vendors', {
    name: '测试科技有限公司',
    uscc: nextUscc(),
    type: 'software',
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`creating a vendor failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; reference: string; version: number; status: string; [k: string]: unknown };
}

/** The field paths of a 400 problem, without the request part (`body.uscc` → `uscc`). */
export function fieldPaths(problem: { errors?: { path: string }[] }): string[] {
  return (problem.errors ?? []).map((e) => e.path.replace(/^(body|querystring|params)\./, ''));
}
