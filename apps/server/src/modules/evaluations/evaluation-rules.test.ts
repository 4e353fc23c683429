import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import {
  createTestEvaluation,
  evaluationCast,
  sourcingTemplateId,
  startTestEvaluation,
  type EvaluationCast,
} from './evaluation-test-support';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describe('evaluation rules: bad input is refused with the reason and nothing is written', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: EvaluationCast;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await evaluationCast(t, admin, 'er');
  });
  afterAll(async () => t.close());

  it('refuses scores off the scale, unknown criteria and vendors outside the evaluation', async () => {
    const created = await createTestEvaluation(cast);
    const sheets = await startTestEvaluation(cast, created.id, created.version);
    const sheet = `/api/v1/evaluations/${created.id}/score-sheets/${sheets.tech}`;
    await cast.tech.session.post(`${sheet}/declaration`, { version: 1, conflicts: [] });
    const [c0] = created.criteria;
    const vendorId = cast.vendors[0];
    const off = await cast.tech.session.put(sheet, {
      version: 2,
      scores: [
        { vendorId, criterionId: c0?.id, score: 100 },
        { vendorId, criterionId: c0?.id, score: 100.5 },
        { vendorId, criterionId: c0?.id, score: -1 },
        { vendorId, criterionId: c0?.id, score: 50.001 },
        { vendorId, criterionId: 'nope', score: 50 },
      ],
    });
    expect(off.statusCode).toBe(400);
    expect(off.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'scores.1.score',
      'scores.2.score',
      'scores.3.score',
      'scores.4.criterionId',
    ]);
    const outside = await cast.tech.session.put(sheet, {
      version: 2,
      scores: [
        { vendorId, criterionId: c0?.id, score: 80 },
        { vendorId: UNKNOWN, criterionId: c0?.id, score: 80 },
      ],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'vendor_not_in_evaluation', vendorIds: [UNKNOWN] });
    const conflictOutside = await cast.tech.session.post(`${sheet}/declaration`, {
      version: 2,
      conflicts: [{ vendorId: UNKNOWN, reason: '亲属' }],
    });
    expect(conflictOutside.statusCode).toBe(422);
    expect((await cast.tech.session.get(sheet)).json()).toMatchObject({ version: 2, scores: [], conflicts: [] });
    const stale = await cast.tech.session.put(sheet, {
      version: 1,
      scores: [{ vendorId, criterionId: c0?.id, score: 80 }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    // Nobody writes on another's sheet: it does not even exist for them before close.
    const foreign = await cast.fin.session.put(sheet, {
      version: 2,
      scores: [{ vendorId, criterionId: c0?.id, score: 1 }],
    });
    expect(foreign.statusCode).toBe(404);
    // A draft can no longer change once scoring is open.
    const patch = await cast.chair.session.patch(`/api/v1/evaluations/${created.id}`, {
      version: sheets.version,
      title: '改名',
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().code).toBe('evaluation_not_draft');
  });

  it('scores a 1–5 template with the price criterion from the prices, and keeps the template version', async () => {
    const template = await admin.post('/api/v1/evaluation-templates', {
      name: '五分制',
      scale: '1-5',
      criteria: [
        { dimension: '技术', name: '方案', weight: 60 },
        { dimension: '价格', name: '报价', weight: 40, priceCriterion: true },
      ],
    });
    expect(template.statusCode, template.body).toBe(201);
    const tpl = template.json();
    const created = await createTestEvaluation(cast, { templateId: tpl.id, outlierThreshold: 1 });
    expect(created).toMatchObject({ scale: '1-5', outlierThreshold: 1, template: { version: 1 } });
    // Editing the template makes version 2; the evaluation keeps version 1's criteria.
    await admin.put(`/api/v1/evaluation-templates/${tpl.id}`, {
      name: '五分制',
      scale: '1-5',
      version: 1,
      criteria: [{ dimension: '技术', name: '方案', weight: 100 }],
    });
    const reread = (await cast.chair.session.get(`/api/v1/evaluations/${created.id}`)).json();
    expect(reread.template.version).toBe(1);
    expect(reread.criteria).toHaveLength(2);

    const sheets = await startTestEvaluation(cast, created.id, created.version);
    const [tech, price] = created.criteria;
    const base = `/api/v1/evaluations/${created.id}`;
    const ids = { tech: sheets.tech, fin: sheets.fin, sec: sheets.sec };
    for (const [who, person] of [
      ['tech', cast.tech],
      ['fin', cast.fin],
      ['sec', cast.sec],
    ] as const) {
      const sheet = `${base}/score-sheets/${ids[who]}`;
      await person.session.post(`${sheet}/declaration`, { version: 1, conflicts: [] });
      const zero = await person.session.put(sheet, {
        version: 2,
        scores: [{ vendorId: cast.vendors[0], criterionId: tech?.id, score: 0 }],
      });
      expect(zero.statusCode).toBe(400);
      const byPrice = await person.session.put(sheet, {
        version: 2,
        scores: [{ vendorId: cast.vendors[0], criterionId: price?.id, score: 5 }],
      });
      expect(byPrice.json().errors[0].path).toBe('scores.0.criterionId');
      // Every vendor gets 4 from everybody: only the price separates them.
      const saved = await person.session.put(sheet, {
        version: 2,
        scores: cast.vendors.map((vendorId) => ({ vendorId, criterionId: tech?.id, score: 4 })),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await person.session.post(`${sheet}/submit`, { version: 3 })).statusCode).toBe(200);
    }
    expect((await cast.chair.session.post(`${base}/close`, { version: sheets.version })).statusCode).toBe(200);
    const results = (await cast.chair.session.get(`${base}/results`)).json();
    // Prices 800 000, 900 000, 1 000 000: 5, 4.44 (rounded, as shown), 4 price points → 48 + 40, 48 + 35.52, 48 + 32.
    expect(
      results.vendors.map((v: { total: number; priceScore: number; rank: number }) => [v.total, v.priceScore, v.rank]),
    ).toEqual([
      [88, 5, 1],
      [83.52, 4.44, 2],
      [80, 4, 3],
    ]);
  });

  it('shows equal totals as a tie, and takes the panel minimum from the evaluation', async () => {
    const three = await createTestEvaluation(cast, { minPanelDepartments: 3 });
    const refused = await cast.chair.session.put(`/api/v1/evaluations/${three.id}/panel`, {
      version: 1,
      evaluatorIds: [cast.tech.id, cast.fin.id, cast.sec.id],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'panel_departments', departments: 2, minimum: 3 });

    const created = await createTestEvaluation(cast, {
      vendors: cast.vendors.slice(0, 2).map((vendorId) => ({ vendorId })),
    });
    const sheets = await startTestEvaluation(cast, created.id, created.version);
    const base = `/api/v1/evaluations/${created.id}`;
    for (const [person, sheetId] of [
      [cast.tech, sheets.tech],
      [cast.fin, sheets.fin],
      [cast.sec, sheets.sec],
    ] as const) {
      const sheet = `${base}/score-sheets/${sheetId}`;
      await person.session.post(`${sheet}/declaration`, { version: 1, conflicts: [] });
      await person.session.put(sheet, {
        version: 2,
        scores: cast.vendors
          .slice(0, 2)
          .flatMap((vendorId) => created.criteria.map((c) => ({ vendorId, criterionId: c.id, score: 77.5 }))),
      });
      expect((await person.session.post(`${sheet}/submit`, { version: 3 })).statusCode).toBe(200);
    }
    await cast.chair.session.post(`${base}/close`, { version: sheets.version });
    const results = (await cast.chair.session.get(`${base}/results`)).json();
    expect(
      results.vendors.map((v: { total: number; rank: number; tied: boolean }) => [v.total, v.rank, v.tied]),
    ).toEqual([
      [77.5, 1, true],
      [77.5, 1, true],
    ]);
  });

  it('refuses unknown vendors and templates when creating', async () => {
    const template = await sourcingTemplateId(cast.chair.session);
    const res = await cast.chair.session.post('/api/v1/evaluations', {
      title: 'x',
      templateId: template.id,
      templateVersion: 9,
      vendors: [{ vendorId: UNKNOWN }, { vendorId: cast.vendors[0] }, { vendorId: cast.vendors[0] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'templateId',
      'vendors.0.vendorId',
      'vendors.2.vendorId',
    ]);
    expect((await cast.tech.session.post('/api/v1/evaluations', {})).statusCode).toBe(403);
  });
});
