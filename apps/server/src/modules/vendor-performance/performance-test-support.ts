import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';
import type { TestSession } from '../../test/test-session';

let serial = 0;
/** A fresh valid USCC each call (a range of its own, apart from the vendors module's tests). */
function nextUscc(): string {
  serial += 1;
  const body = `9144030070${String(serial).padStart(7, '0')}`;
  return `${body}${usccCheckCharacter(body) as string}`;
}

/**
 * A vendor created through the API and walked to `approved` (shortlisted, a passing due-diligence record, approved)
 * by a session allowed to (admin). Pass `status: 'candidate'` to stop at the start.
 */
export async function approvedVendorVia(
  admin: TestSession,
  body: Record<string, unknown> = {},
  status: 'approved' | 'candidate' = 'approved',
): Promise<{ id: string; name: string }> {
  const created = await admin.post('/api/v1/vendors', {
    name: `评价测试供应商${serial + 1}号`,
    uscc: nextUscc(),
    type: 'software',
    ...body,
  });
  if (created.statusCode !== 201) throw new Error(`creating a vendor failed: ${created.body}`);
  const vendor = created.json() as { id: string; name: string };
  if (status === 'candidate') return vendor;
  const base = `/api/v1/vendors/${vendor.id}`;
  const steps = [
    () => admin.post(`${base}/transitions`, { to: 'shortlisted', reason: '入围' }),
    () => admin.post(`${base}/due-diligence`, { kind: 'site_visit', performedOn: '2026-02-28', conclusion: 'pass' }),
    () => admin.post(`${base}/transitions`, { to: 'approved', reason: '准入' }),
  ];
  for (const step of steps) {
    const res = await step();
    if (res.statusCode >= 300) throw new Error(`approving a vendor failed: ${res.statusCode} ${res.body}`);
  }
  return vendor;
}

/** The criterion ids of the seeded `re-evaluation-default` template, in order (quality, progress, cost, satisfaction). */
export async function defaultCriterionIds(session: TestSession): Promise<string[]> {
  const list = (await session.get('/api/v1/evaluation-templates')).json() as {
    items: { code: string | null; criteria: { id: string }[] }[];
  };
  const template = list.items.find((x) => x.code === 're-evaluation-default');
  if (!template) throw new Error('the re-evaluation-default template is not seeded');
  return template.criteria.map((c) => c.id);
}

/** Scores by criterion id: one value for all, or one per criterion in order. */
export function scoresFor(ids: readonly string[], values: number | readonly number[]): Record<string, number> {
  return Object.fromEntries(ids.map((id, i) => [id, typeof values === 'number' ? values : (values[i] as number)]));
}
