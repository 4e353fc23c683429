import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedDemoOrganisation } from '../../org';
import { seedDemoVendors } from '../../vendors';
import { listEvaluations } from '../evaluations.repository';
import { sheetsOf } from '../sheets.repository';
import { seedDemoEvaluation } from './demo-evaluation';

describe('demo evaluation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisation(t.db, t.clock);
    await seedDemoVendors(t.db, t.clock, t.env.ORG_TIME_ZONE);
  });
  afterAll(() => t.close());

  it('leaves one evaluation with every sheet submitted and scoring closed, once', async () => {
    expect(await seedDemoEvaluation(t.db, t.clock, t.env.ORG_TIME_ZONE)).toEqual({ created: 1 });
    const { rows } = await listEvaluations(t.db, { page: 1, pageSize: 10 }, { memberId: null });
    expect(rows).toHaveLength(1);
    const evaluation = rows[0] as (typeof rows)[number];
    expect(evaluation.status).toBe('closed');
    const sheets = await sheetsOf(t.db, evaluation.id);
    expect(sheets.map((s) => s.status)).toEqual(['submitted', 'submitted', 'submitted']);
    expect(await seedDemoEvaluation(t.db, t.clock, t.env.ORG_TIME_ZONE)).toEqual({ created: 0 });
  });
});
