import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { createTestEvaluation, evaluationCast, scoreAndSubmit, type EvaluationCast } from './evaluation-test-support';

describe('panel evaluations: panel, independent scoring, close, results', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: EvaluationCast;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await evaluationCast(t, admin, 'ev');
  });
  afterAll(async () => t.close());

  it('runs an evaluation from draft to results, hiding every sheet but one’s own until the chair closes', async () => {
    const { chair, tech, fin, sec, outsider, auditor, vendors } = cast;
    const created = await createTestEvaluation(cast);
    const id = created.id;
    const base = `/api/v1/evaluations/${id}`;
    expect(created).toMatchObject({
      reference: 'EV-2026-0001',
      status: 'draft',
      template: { name: '供应商选型评审（默认）', version: 1 },
      chair: { id: chair.id },
      minPanelDepartments: 2,
      outlierThreshold: 20,
      mySheetId: null,
      permissions: ['read', 'edit', 'start'],
    });
    expect(created.criteria).toHaveLength(5);
    const criteria = created.criteria;
    // Every internal reader of sourcing sees the evaluation itself (the scores are what stay private).
    expect((await auditor.session.get(base)).statusCode).toBe(200);

    // The panel must come from two departments: IT alone is refused and nothing is written.
    const oneDept = await chair.session.put(`${base}/panel`, { version: 1, evaluatorIds: [tech.id, outsider.id] });
    expect(oneDept.statusCode).toBe(422);
    expect(oneDept.json()).toMatchObject({ code: 'panel_departments', departments: 1, minimum: 2 });
    expect((await chair.session.get(`${base}/panel`)).json()).toEqual({ departments: 0, members: [] });
    const panel = await chair.session.put(`${base}/panel`, { version: 1, evaluatorIds: [tech.id, fin.id, sec.id] });
    expect(panel.statusCode, panel.body).toBe(200);
    expect(panel.json().departments).toBe(2);
    const sheetOf = new Map(
      panel.json().members.map((m: { evaluator: { id: string }; sheetId: string }) => [m.evaluator.id, m.sheetId]),
    );
    const techSheet = `${base}/score-sheets/${sheetOf.get(tech.id)}`;
    const finSheet = `${base}/score-sheets/${sheetOf.get(fin.id)}`;

    // Declaring is allowed before scoring opens; scoring is not.
    const declared = await tech.session.post(`${techSheet}/declaration`, { version: 1, conflicts: [] });
    expect(declared.statusCode, declared.body).toBe(200);
    const early = await tech.session.put(techSheet, {
      version: 2,
      scores: [{ vendorId: vendors[0], criterionId: criteria[0]?.id, score: 90 }],
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('scoring_not_started');
    expect((await tech.session.post(`${base}/start`, { version: 2 })).statusCode).toBe(403);
    const started = await chair.session.post(`${base}/start`, { version: 2 });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().status).toBe('scoring');

    // An evaluator who has not declared may not score.
    const undeclared = await fin.session.put(finSheet, {
      version: 1,
      scores: [{ vendorId: vendors[1], criterionId: criteria[0]?.id, score: 80 }],
    });
    expect(undeclared.statusCode).toBe(422);
    expect(undeclared.json().code).toBe('declaration_required');

    // tech scores part of the sheet: visible to tech only.
    const partial = await tech.session.put(techSheet, {
      version: 2,
      scores: [{ vendorId: vendors[0], criterionId: criteria[0]?.id, score: 90, comment: '方案成熟' }],
    });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({
      status: 'draft',
      scores: [{ vendorId: vendors[0], score: 90, comment: '方案成熟' }],
      permissions: ['read', 'score', 'submit'],
    });
    for (const other of [fin.session, sec.session, chair.session, auditor.session, outsider.session, admin]) {
      expect((await other.get(techSheet)).statusCode).toBe(404);
    }
    expect((await fin.session.get(`${base}/score-sheets`)).json().items.map((s: { id: string }) => s.id)).toEqual([
      sheetOf.get(fin.id),
    ]);
    expect((await chair.session.get(`${base}/score-sheets`)).json().items).toEqual([]);
    const progress = (await chair.session.get(`${base}/panel`)).json().members;
    expect(progress.map((m: { scored: number; required: number }) => [m.scored, m.required])).toEqual([
      [1, 15],
      [0, 15],
      [0, 15],
    ]);
    expect(JSON.stringify(progress)).not.toContain('"score"');

    // Incomplete sheets are not accepted; a complete one is locked once submitted.
    const incomplete = await tech.session.post(`${techSheet}/submit`, { version: 3 });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json()).toMatchObject({ code: 'sheet_incomplete', missing: 14 });
    const scoreTech = (v: number) => [90, 80, 70][v] as number;
    await tech.session.put(techSheet, {
      version: 3,
      scores: vendors.flatMap((vendorId, v) =>
        criteria.map((c) => ({ vendorId, criterionId: c.id, score: scoreTech(v), comment: v === 0 ? '方案成熟' : '' })),
      ),
    });
    const submitted = await tech.session.post(`${techSheet}/submit`, { version: 4 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', permissions: ['read'] });
    const locked = await tech.session.put(techSheet, {
      version: 5,
      scores: [{ vendorId: vendors[0], criterionId: criteria[0]?.id, score: 10 }],
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('sheet_submitted');
    expect((await fin.session.get(techSheet)).statusCode).toBe(404);
    expect((await chair.session.get(`${base}/results`)).json().code).toBe('scoring_not_closed');
    expect((await chair.session.get(`${base}/report`)).statusCode).toBe(409);

    // Close needs every sheet; the chair (only) reopens a submitted sheet with a reason, audited.
    const pending = await chair.session.post(`${base}/close`, { version: 3 });
    expect(pending.statusCode).toBe(422);
    expect(pending.json()).toMatchObject({ code: 'sheets_pending' });
    expect(pending.json().pending).toHaveLength(2);
    expect((await fin.session.post(`${techSheet}/reopen`, { reason: '重评' })).statusCode).toBe(403);
    const reopened = await chair.session.post(`${techSheet}/reopen`, { reason: '评分项理解有误，请复核' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    // The chair sees the progress, still not the scores of the sheet it reopened.
    expect(reopened.json().members[0]).toMatchObject({ sheetStatus: 'draft', scored: 15 });
    expect((await chair.session.get(techSheet)).statusCode).toBe(404);
    expect((await tech.session.get(techSheet)).json()).toMatchObject({
      status: 'draft',
      reopenReason: '评分项理解有误，请复核',
    });
    const reopenEvents = await auditEventsOf(t.db, 'evaluation-sheet', sheetOf.get(tech.id) as string);
    expect(reopenEvents.map((e) => e.action)).toContain('evaluation-sheet.reopen');
    expect((await tech.session.post(`${techSheet}/submit`, { version: 6 })).statusCode).toBe(200);

    // fin declares a conflict with the first vendor: may not score it; sec gives one outlying score.
    const conflicted = await fin.session.post(`${finSheet}/declaration`, {
      version: 1,
      conflicts: [{ vendorId: vendors[0], reason: '曾在该公司任职' }],
    });
    expect(conflicted.statusCode).toBe(200);
    const refused = await fin.session.put(finSheet, {
      version: 2,
      scores: [
        { vendorId: vendors[1], criterionId: criteria[0]?.id, score: 80 },
        { vendorId: vendors[0], criterionId: criteria[0]?.id, score: 80 },
      ],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'conflict_of_interest', vendorIds: [vendors[0]] });
    expect((await fin.session.get(finSheet)).json()).toMatchObject({ version: 2, scores: [] });
    const finSheetId = sheetOf.get(fin.id) as string;
    await scoreAndSubmitDeclared(fin, finSheet, 2, (v) => [0, 80, 70][v] as number, [1, 2]);
    await scoreAndSubmit(sec, id, sheetOf.get(sec.id) as string, criteria, vendors, (v, c) =>
      v === 2 && c === 0 ? 10 : ([90, 80, 70][v] as number),
    );

    // Only the chair closes; then every reader sees every sheet and the results.
    expect((await fin.session.post(`${base}/close`, { version: 3 })).statusCode).toBe(403);
    const closed = await chair.session.post(`${base}/close`, { version: 3 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', permissions: ['read', 'recommend', 'read-results'] });
    expect((await fin.session.get(techSheet)).json().scores).toHaveLength(15);
    expect((await auditor.session.get(`${base}/score-sheets`)).json().items).toHaveLength(3);
    expect((await outsider.session.get(techSheet)).statusCode).toBe(200);
    const late = await fin.session.put(finSheet, {
      version: 5,
      scores: [{ vendorId: vendors[1], criterionId: criteria[0]?.id, score: 1 }],
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('scoring_closed');

    const results = (await auditor.session.get(`${base}/results`)).json();
    // v0: 90 from tech and sec (fin conflicted); v1: 80; v2: criterion 0 is (70 + 70 + 10) / 3 = 50 → 0.3 × 50 + 0.7 × 70.
    expect(
      results.vendors.map((v: { vendorId: string; total: number; rank: number; tied: boolean; grade: string }) => [
        v.vendorId,
        v.total,
        v.rank,
        v.tied,
        v.grade,
      ]),
    ).toEqual([
      [vendors[0], 90, 1, false, 'A'],
      [vendors[1], 80, 2, false, 'B'],
      [vendors[2], 64, 3, false, 'C'],
    ]);
    expect(results.vendors[0].criteria[0]).toMatchObject({ count: 2, mean: 90, min: 90, max: 90, spread: 0 });
    expect(results.vendors[2].criteria[0]).toMatchObject({ count: 3, mean: 50, median: 70, min: 10, spread: 60 });
    expect(results.outliers).toEqual([
      {
        vendorId: vendors[2],
        criterionId: criteria[0]?.id,
        evaluator: { id: sec.id, displayName: 'ev-sec' },
        score: 10,
        median: 70,
        deviation: -60,
      },
    ]);
    expect(results.vendors[0].strengths).toContain('技术能力（90）：方案成熟');
    expect(results.vendors[2].weaknesses).toContain('技术能力（50）');
    expect(finSheetId).toBeTruthy();
  });

  /** Scores fin's remaining vendors (indexes) on every criterion and submits. */
  async function scoreAndSubmitDeclared(
    who: { session: TestSession },
    sheet: string,
    version: number,
    scoreOf: (v: number) => number,
    vendorIndexes: number[],
  ) {
    const criteria = (await who.session.get(sheet.replace(/\/score-sheets\/.*$/, ''))).json().criteria as {
      id: string;
    }[];
    const saved = await who.session.put(sheet, {
      version,
      scores: vendorIndexes.flatMap((v) =>
        criteria.map((c) => ({ vendorId: cast.vendors[v], criterionId: c.id, score: scoreOf(v) })),
      ),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await who.session.post(`${sheet}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
  }
});
