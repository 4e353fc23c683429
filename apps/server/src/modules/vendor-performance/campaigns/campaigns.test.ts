import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import type { Person } from '../../../platform/workflow/workflow-test-support';
import { approvedVendorVia, defaultCriterionIds, scoresFor } from '../performance-test-support';

const base = '/api/v1/re-evaluation-campaigns';
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path.replace(/^body\./, ''));

interface SheetJson {
  id: string;
  vendor: { id: string };
  status: string;
  version: number;
  total: number | null;
  permissions: string[];
}

describe('re-evaluation campaigns (R4.4)', () => {
  let t: TestApp;
  let admin: TestSession;
  let manager: Person;
  let rm1: Person;
  let rm2: Person;
  let panel: Person;
  const v = { ops: '', sec: '', none: '', candidate: '' };
  let campaignId: string;
  let ids: string[] = [];
  const all = (n: number) => scoresFor(ids, n);

  const create = (body: Record<string, unknown>) =>
    manager.session.post(base, {
      name: '2026 年度供应商评价',
      year: 2026,
      selection: { mode: 'all-approved' },
      dueDate: '2026-03-20',
      evaluatorIds: [panel.id],
      ...body,
    });
  const sheetsOf = async (who: Person, query = '') =>
    ((await who.session.get(`${base}/${campaignId}/sheets?mine=true${query}`)).json() as { items: SheetJson[] }).items;
  const score = (who: Person, sheet: SheetJson, body: Record<string, unknown>) =>
    who.session.put(`${base}/${campaignId}/sheets/${sheet.id}`, { version: sheet.version, ...body });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    manager = await createSignedInUser(t, admin, 're-manager', ['specialist']);
    rm1 = await createSignedInUser(t, admin, 're-rm1', ['project_manager']);
    rm2 = await createSignedInUser(t, admin, 're-rm2', ['project_manager']);
    panel = await createSignedInUser(t, admin, 're-panel', ['technical_reviewer']);
    v.ops = (
      await approvedVendorVia(admin, {
        name: '甲运维',
        tier: 'critical',
        relationshipManagerId: rm1.id,
        outsourcingCategories: ['operations'],
      })
    ).id;
    v.sec = (
      await approvedVendorVia(admin, {
        name: '乙安全',
        tier: 'low',
        relationshipManagerId: rm2.id,
        outsourcingCategories: ['security'],
      })
    ).id;
    v.none = (await approvedVendorVia(admin, { name: '丙无人管', tier: 'critical' })).id;
    v.candidate = (await approvedVendorVia(admin, { name: '丁候选' }, 'candidate')).id;
    ids = await defaultCriterionIds(manager.session);
  });
  afterAll(() => t.close());

  it('refuses bad input and impossible selections, writing nothing', async () => {
    const bad: [Record<string, unknown>, string[]][] = [
      [{ dueDate: '2026-03-01' }, ['dueDate']],
      [{ bands: { A: 80, B: 85, C: 60 } }, ['bands']],
      [{ evaluatorIds: ['01890000-0000-7000-8000-000000000000'] }, ['evaluatorIds.0']],
      [{ templateId: '01890000-0000-7000-8000-000000000000' }, ['templateId']],
      [
        { selection: { mode: 'vendors', vendorIds: ['01890000-0000-7000-8000-000000000000'] } },
        ['selection.vendorIds.0'],
      ],
      [{ selection: { mode: 'tier' } }, ['selection.tiers']],
    ];
    for (const [body, expected] of bad) {
      const res = await create(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(paths(res.json()), JSON.stringify(body)).toEqual(expected);
    }
    const candidate = await create({ selection: { mode: 'vendors', vendorIds: [v.candidate] } });
    expect(candidate.json()).toMatchObject({
      status: 422,
      code: 'vendors_not_eligible',
      vendors: [{ id: v.candidate, status: 'candidate' }],
    });
    expect((await create({ selection: { mode: 'tier', tiers: ['high'] } })).json()).toMatchObject({
      code: 'no_vendors_selected',
    });
    const unscored = await create({ evaluatorIds: [] });
    expect(unscored.json()).toMatchObject({
      status: 422,
      code: 'vendors_without_evaluator',
      count: 1,
      vendors: [{ id: v.none }],
    });
    expect((await manager.session.get(base)).json().total).toBe(0);
  });

  it('only campaign managers create campaigns', async () => {
    const res = await rm1.session.post(base, {
      name: 'x',
      year: 2026,
      selection: { mode: 'all-approved' },
      dueDate: '2026-03-20',
    });
    expect(res.statusCode).toBe(403);
  });

  it('selects vendors by tier, by category or by hand', async () => {
    const vendorsOf = async (selection: Record<string, unknown>) => {
      const res = await create({ selection, name: `选择 ${selection.mode}` });
      expect(res.statusCode, res.body).toBe(201);
      const page = (await manager.session.get(`${base}/${res.json().id}/vendors`)).json() as {
        items: { vendor: { id: string } }[];
      };
      return page.items.map((i) => i.vendor.id).sort();
    };
    expect(await vendorsOf({ mode: 'tier', tiers: ['critical'] })).toEqual([v.ops, v.none].sort());
    expect(await vendorsOf({ mode: 'category', categories: ['security'] })).toEqual([v.sec]);
    expect(await vendorsOf({ mode: 'vendors', vendorIds: [v.sec] })).toEqual([v.sec]);
  });

  it('creates one sheet per vendor and evaluator (relationship manager plus chosen users) and shows progress', async () => {
    const res = await create({});
    expect(res.statusCode, res.body).toBe(201);
    const campaign = res.json();
    campaignId = campaign.id;
    expect(campaign).toMatchObject({
      reference: expect.stringMatching(/^RE-2026-\d{4}$/),
      status: 'open',
      template: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1 },
      bands: { A: 90, B: 75, C: 60 },
      progress: { vendors: 3, sheetsSubmitted: 0, sheetsTotal: 5 },
      permissions: ['read', 'manage', 'close'],
    });
    expect(campaign.criteria.map((c: { weight: number }) => c.weight)).toEqual([25, 25, 25, 25]);
    expect((await sheetsOf(rm1)).map((s) => s.vendor.id)).toEqual([v.ops]);
    expect((await sheetsOf(panel)).length).toBe(3);
    // An evaluator sees the campaign (read only) and only their own sheets; others get 404.
    expect((await rm1.session.get(`${base}/${campaignId}`)).json().permissions).toEqual(['read']);
    expect((await rm1.session.get(`${base}/${campaignId}/sheets`)).json().total).toBe(1);
    const outsider = await createSignedInUser(t, admin, 're-outsider', ['project_manager']);
    expect((await outsider.session.get(`${base}/${campaignId}`)).statusCode).toBe(404);
    expect((await outsider.session.get(base)).json().total).toBe(0);
    const panelSheet = (await sheetsOf(panel))[0] as SheetJson;
    expect((await rm1.session.get(`${base}/${campaignId}/sheets/${panelSheet.id}`)).statusCode).toBe(404);
    expect((await manager.session.get(`${base}/${campaignId}/sheets/${panelSheet.id}`)).json().permissions).toEqual([
      'read',
    ]);
  });

  it('checks scores against the criteria and the scale, and locks a submitted sheet', async () => {
    const [sheet] = (await sheetsOf(rm1)) as [SheetJson];
    const outOfScale = await score(rm1, sheet, { scores: { ...all(90), [ids[0] as string]: 101 } });
    expect(outOfScale.statusCode).toBe(400);
    const unknown = await score(rm1, sheet, { scores: { price: 50 } });
    expect(paths(unknown.json())).toEqual(['scores.price']);
    const partial = await score(rm1, sheet, { scores: scoresFor(ids.slice(0, 1), 90), submit: true });
    expect(partial.json()).toMatchObject({
      status: 422,
      code: 'criteria_unscored',
      missing: ids.slice(1),
    });
    const manager403 = await manager.session.put(`${base}/${campaignId}/sheets/${sheet.id}`, {
      version: 1,
      scores: all(1),
    });
    expect(manager403.statusCode).toBe(403);
    const saved = await score(rm1, sheet, {
      scores: scoresFor(ids, [100, 90, 90, 100]),
      submit: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'submitted', total: 95, permissions: ['read'] });
    const again = await score(rm1, saved.json(), { scores: all(10) });
    expect(again.json()).toMatchObject({ status: 409, code: 'sheet_submitted' });
  });

  it('grades every vendor from the mean weighted score when the campaign closes', async () => {
    const panelSheets = await sheetsOf(panel);
    const byVendor = (id: string) => panelSheets.find((s) => s.vendor.id === id) as SheetJson;
    expect((await score(panel, byVendor(v.ops), { scores: all(85), submit: true })).statusCode).toBe(200); // (95+85)/2 = 90 → A
    expect((await score(panel, byVendor(v.sec), { scores: all(59), submit: true })).statusCode).toBe(200); // 59 → D
    await score(panel, byVendor(v.none), { scores: all(70) }); // saved, not submitted: no grade
    const live = (await manager.session.get(`${base}/${campaignId}/vendors?sort=-score`)).json();
    expect(live.items.map((i: { score: number | null; grade: string | null }) => [i.score, i.grade])).toEqual([
      [90, 'A'],
      [59, 'D'],
      [null, null],
    ]);
    expect(live.items[1]).toMatchObject({
      sheetsSubmitted: 1,
      sheetsTotal: 2,
      suggestedActions: ['rectification', 'fee-deduction', 'suspension', 'termination-recommendation'],
    });

    const stale = await manager.session.post(`${base}/${campaignId}/close`, { version: 99 });
    expect(stale.statusCode).toBe(409);
    const closed = await manager.session.post(`${base}/${campaignId}/close`, { version: 1 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      progress: { sheetsSubmitted: 3, sheetsTotal: 5 },
      permissions: ['read', 'manage'],
    });
    expect((await manager.session.post(`${base}/${campaignId}/close`, { version: 2 })).statusCode).toBe(409);
    const late = await score(panel, byVendor(v.none), { version: 2, scores: all(70), submit: true });
    expect(late.json()).toMatchObject({ status: 409, code: 'campaign_closed' });

    const graded = (await manager.session.get(`${base}/${campaignId}/vendors?grade=A`)).json();
    expect(graded.items).toEqual([
      expect.objectContaining({
        vendor: expect.objectContaining({ id: v.ops }),
        score: 90,
        grade: 'A',
        suggestedActions: ['commendation', 'more-business'],
      }),
    ]);
    const trend = (await rm1.session.get(`/api/v1/vendors/${v.ops}/re-evaluation-grades`)).json();
    expect(trend.items).toEqual([expect.objectContaining({ campaignId, year: 2026, score: 90, grade: 'A' })]);
  });

  it('applies the campaign’s own grade bands', async () => {
    const res = await create({
      name: '严格标准',
      selection: { mode: 'vendors', vendorIds: [v.ops] },
      bands: { A: 95, B: 85, C: 70 },
    });
    const id = res.json().id;
    const [sheet] = ((await rm1.session.get(`${base}/${id}/sheets?mine=true`)).json() as { items: SheetJson[] })
      .items as [SheetJson];
    await rm1.session.put(`${base}/${id}/sheets/${sheet.id}`, { version: 1, scores: all(90), submit: true });
    expect((await manager.session.post(`${base}/${id}/close`, { version: 1 })).statusCode).toBe(200);
    const row = (await manager.session.get(`${base}/${id}/vendors`)).json().items[0];
    expect(row).toMatchObject({ score: 90, grade: 'B', suggestedActions: [] });
  });
});
