import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedDemoOrganisation } from '../../org';
import { seedDemoVendors } from '../../vendors';
import { candidatesOf, proposalsOf } from '../candidates.repository';
import { listSourcingRequests } from '../sourcing.repository';
import { requirementVersionsOf } from '../spec.repository';
import { seedDemoSourcing } from './demo-sourcing';

describe('demo sourcing seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisation(t.db, t.clock);
    await seedDemoVendors(t.db, t.clock, t.env.ORG_TIME_ZONE);
  });
  afterAll(() => t.close());

  it('loads a draft, a request in approval and one in sourcing with versions, candidates and a late proposal, once', async () => {
    expect(await seedDemoSourcing(t.db, t.clock, t.env.ORG_TIME_ZONE)).toEqual({ created: 3 });
    const { rows } = await listSourcingRequests(t.db, { page: 1, pageSize: 10, sort: 'reference' });
    expect(rows.map((r) => r.status)).toEqual(['draft', 'in-approval', 'sourcing']);
    const sourcing = rows[2] as (typeof rows)[number];
    const versions = await requirementVersionsOf(t.db, sourcing.id);
    expect(versions.map((v) => [v.number, v.confirmedAt !== null])).toEqual([
      [1, false],
      [2, true],
    ]);
    const candidates = await candidatesOf(t.db, sourcing.id);
    expect(candidates).toHaveLength(2);
    const proposals = await proposalsOf(
      t.db,
      candidates.map((c) => c.id),
    );
    expect(proposals.map((p) => p.late)).toEqual([false, true]);
    expect(await seedDemoSourcing(t.db, t.clock, t.env.ORG_TIME_ZONE)).toEqual({ created: 0 });
  });
});
