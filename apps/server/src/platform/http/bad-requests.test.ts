import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { badRequestsFor } from '../../test/bad-request-cases';
import { apiRoutes } from '../../test/route-samples';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';

/** Row count of every table, to prove bad requests write nothing. */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    t.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

describe('bad requests', () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(async () => t.close());

  it('never get a 5xx and never write a row, on any route', async () => {
    const before = await rowCounts(t);
    const failures: string[] = [];
    let sent = 0;
    for (const route of apiRoutes(t.routes)) {
      for (const bad of badRequestsFor(route)) {
        const res = await t.app
          .inject({
            method: route.method as 'POST',
            url: bad.url,
            cookies: { thirdline_session: admin.cookie },
            headers: {
              'x-csrf-token': admin.csrfToken,
              ...(bad.contentType ? { 'content-type': bad.contentType } : {}),
            },
            ...(bad.body === undefined ? {} : { payload: bad.body }),
          })
          .catch((err: Error) => err);
        if (res instanceof Error) {
          failures.push(`${route.method} ${route.url} [${bad.label}] → ${res.message}`);
          continue;
        }
        sent++;
        const isProblem = String(res.headers['content-type'] ?? '').startsWith('application/problem+json');
        if (res.statusCode >= 500 || (res.statusCode >= 400 && !isProblem)) {
          failures.push(`${route.method} ${route.url} [${bad.label}] → ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(20);
    expect(await rowCounts(t)).toEqual(before);
    // It grows with every route: give it time on a busy CI machine.
  }, 300_000);
});
