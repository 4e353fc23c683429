import type { Clause } from '@thirdline/shared/contracts/drafting.schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { SEED_CLAUSES } from './clause-seed-data';
import { seedClauseLibrary } from './seed-clauses';

describe('clause library (R5.1)', () => {
  let t: TestApp;
  let admin: TestSession;
  let legal: TestSession;
  let pm: TestSession;
  const library = async (s: TestSession, query = '') => {
    const res = await s.get(`/api/v1/clause-library${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Clause[] }).items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    legal = (await createSignedInUser(t, admin, 'cl-legal', ['legal'])).session;
    pm = (await createSignedInUser(t, admin, 'cl-pm', ['project_manager'])).session;
  });
  afterAll(() => t.close());

  it('is seeded with the R5.1 key clauses and the regulators’ outsourcing items, in both languages', async () => {
    const items = await library(pm);
    expect(items).toHaveLength(25);
    const codes = items.map((c) => c.code);
    for (const code of ['rights-obligations', 'backup-frequency', 'support-response', 'dispute-resolution']) {
      expect(codes).toContain(code);
    }
    for (const code of ['sla', 'data-access-return', 'supervisory-cooperation', 'exit-plan', 'penetration-testing']) {
      expect(codes).toContain(code);
    }
    const confidentiality = items.find((c) => c.code === 'confidentiality') as Clause;
    expect(confidentiality).toMatchObject({ titleZh: '保密条款', titleEn: 'Confidentiality', active: true });
    expect(confidentiality.mandatory.types).toContain('nda');
    expect(confidentiality.permissions).toEqual([]);
    const exitPlan = items.find((c) => c.code === 'exit-plan') as Clause;
    expect(exitPlan.mandatory).toEqual({ types: [], material: false, criticalFunction: true });
    expect((await library(pm, '?category=critical-function')).map((c) => c.code)).toEqual([
      'reporting-duties',
      'business-continuity',
      'penetration-testing',
      'exit-plan',
    ]);
  });

  it('lets clauses:manage edit texts and rules (versioned, audited); others get 403', async () => {
    const sla = (await library(legal)).find((c) => c.code === 'sla') as Clause;
    expect(sla.permissions).toEqual(['edit']);
    const body = {
      version: sla.version,
      category: sla.category,
      titleZh: 'SLA（可量化指标）',
      titleEn: sla.titleEn,
      textZh: sla.textZh,
      textEn: sla.textEn,
      active: true,
      sortOrder: sla.sortOrder,
      mandatory: { types: ['outsourcing', 'cloud', 'maintenance'], material: true, criticalFunction: true },
    };
    expect((await pm.put(`/api/v1/clause-library/${sla.id}`, body)).statusCode).toBe(403);
    const saved = await legal.put(`/api/v1/clause-library/${sla.id}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ titleZh: 'SLA（可量化指标）', version: sla.version + 1 });
    expect((saved.json() as Clause).mandatory.types).toEqual(['outsourcing', 'cloud', 'maintenance']);
    const stale = await legal.put(`/api/v1/clause-library/${sla.id}`, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
    const events = await auditEventsOf(t.db, 'contract-clause', sla.id);
    expect(events.map((e) => e.action)).toEqual(['clause.update']);

    // The seed at the next start neither duplicates clauses nor overwrites the edit.
    await seedClauseLibrary(t.db, t.clock);
    const again = await library(pm);
    expect(again).toHaveLength(SEED_CLAUSES.length);
    expect(again.find((c) => c.code === 'sla')?.titleZh).toBe('SLA（可量化指标）');
  });

  it('adds clauses with a unique code and refuses bad input', async () => {
    const clause = {
      code: 'escrow',
      category: 'core',
      titleZh: '源代码托管',
      titleEn: 'Source code escrow',
      textZh: '',
      textEn: '',
      active: true,
      sortOrder: 500,
      mandatory: { types: ['licence'], material: false, criticalFunction: false },
    };
    const created = await legal.post('/api/v1/clause-library', clause);
    expect(created.statusCode, created.body).toBe(201);
    expect((await legal.post('/api/v1/clause-library', clause)).json()).toMatchObject({
      status: 409,
      code: 'clause_code_taken',
    });
    const bad = await legal.post('/api/v1/clause-library', { ...clause, code: 'Bad Code', titleZh: '' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      'body.code',
      'body.titleZh',
    ]);
    expect(await library(pm)).toHaveLength(SEED_CLAUSES.length + 1);
  });
});
