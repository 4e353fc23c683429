import type { Checklist } from '@thirdline/shared/contracts/drafting.schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../../test/audit-events';
import type { TestApp } from '../../../test/test-app';
import {
  completeChecklist,
  draftContract,
  startDraftingApp,
  getChecklist,
  type DraftingCast,
} from './drafting-test-support';

const mandatoryCodes = (list: Checklist) =>
  list.items
    .filter((i) => i.mandatory)
    .map((i) => i.code)
    .sort();

describe('contract clause checklist (R5.1)', () => {
  let t: TestApp;
  let cast: DraftingCast;

  beforeAll(async () => ({ t, cast } = await startDraftingApp('ck')));
  afterAll(() => t.close());

  it('is created from the library when first read, every item absent, audited once', async () => {
    const contract = await draftContract(t, cast);
    const list = await getChecklist(cast.technical.session, contract.id);
    expect(list.items).toHaveLength(25);
    expect(new Set(list.items.map((i) => i.status))).toEqual(new Set(['absent']));
    expect(list.version).toBe(1);
    expect(list.editable).toBe(false); // a technical reviewer cannot edit
    expect((await getChecklist(cast.submitter.session, contract.id)).editable).toBe(true);
    const events = await auditEventsOf(t.db, 'contract', contract.id);
    expect(events.map((e) => e.action)).toEqual(['contract-checklist.create']);
    expect((await cast.outsider.session.get(`/api/v1/contracts/${contract.id}/checklist`)).statusCode).toBe(403);
  });

  it('computes mandatory items from the contract type and the material / critical-function flags', async () => {
    const nda = await getChecklist(cast.submitter.session, (await draftContract(t, cast, { type: 'nda' })).id);
    expect(mandatoryCodes(nda)).toEqual(['breach-liability', 'confidentiality']);

    const licence = await getChecklist(cast.submitter.session, (await draftContract(t, cast, { type: 'licence' })).id);
    expect(mandatoryCodes(licence)).toContain('support-response');
    expect(mandatoryCodes(licence)).not.toContain('sla');
    expect(mandatoryCodes(licence)).toHaveLength(9);

    const material = await draftContract(t, cast, { type: 'licence', material: true });
    const materialList = await getChecklist(cast.submitter.session, material.id);
    expect(mandatoryCodes(materialList)).toContain('sla');
    expect(mandatoryCodes(materialList)).not.toContain('exit-plan');
    expect(mandatoryCodes(materialList)).toHaveLength(18);

    const critical = await draftContract(t, cast, { type: 'outsourcing', criticalFunction: true });
    const criticalList = await getChecklist(cast.submitter.session, critical.id);
    expect(mandatoryCodes(criticalList)).toEqual(expect.arrayContaining(['exit-plan', 'business-continuity', 'sla']));
    expect(criticalList.missing).toBe(25);
    expect(criticalList.items.every((i) => i.mandatory && i.blocking)).toBe(true);
  });

  it('records present (with reference), absent and not applicable; checks the rules; keeps the version', async () => {
    const contract = await draftContract(t, cast, { type: 'licence' });
    const list = await getChecklist(cast.submitter.session, contract.id);
    const by = (code: string) => list.items.find((i) => i.code === code)?.clauseId as string;
    const url = `/api/v1/contracts/${contract.id}/checklist`;

    const bad = await cast.submitter.session.put(url, {
      version: 1,
      items: [
        { clauseId: by('term'), status: 'present' },
        { clauseId: by('confidentiality'), status: 'not-applicable' },
        { clauseId: contract.id, status: 'absent' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'items.0.reference',
      'items.1.status',
      'items.2.clauseId',
    ]);

    const ok = await cast.submitter.session.put(url, {
      version: 1,
      items: [
        { clauseId: by('term'), status: 'present', reference: '第三条' },
        { clauseId: by('sla'), status: 'not-applicable', note: '许可合同不涉及' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const saved = ok.json() as Checklist;
    expect(saved.version).toBe(2);
    expect(saved.items.find((i) => i.code === 'term')).toMatchObject({ status: 'present', reference: '第三条' });
    expect(saved.items.find((i) => i.code === 'sla')).toMatchObject({ status: 'not-applicable', mandatory: false });
    expect(saved.missing).toBe(list.missing - 1);

    const stale = await cast.submitter.session.put(url, {
      version: 1,
      items: [{ clauseId: by('term'), status: 'absent' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
    expect((await cast.technical.session.put(url, { version: 2, items: [] })).statusCode).toBe(403);

    const events = await auditEventsOf(t.db, 'contract', contract.id);
    const update = events.find((e) => e.action === 'contract-checklist.update');
    expect(update).toBeDefined();
  });

  it('cannot be changed once the contract left draft (409 with the allowed next states)', async () => {
    const contract = await draftContract(t, cast, { type: 'nda', status: 'in-review' });
    const list = await completeChecklist(cast.submitter.session, (await draftContract(t, cast, { type: 'nda' })).id);
    expect(list.missing).toBe(0);
    const frozen = await getChecklist(cast.submitter.session, contract.id);
    expect(frozen.editable).toBe(false);
    const res = await cast.submitter.session.put(`/api/v1/contracts/${contract.id}/checklist`, {
      version: frozen.version,
      items: [{ clauseId: frozen.items[0]?.clauseId, status: 'absent' }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'contract_not_draft', allowedNext: ['in-approval', 'draft'] });
    const missing = await cast.submitter.session.get(
      `/api/v1/contracts/01890000-0000-7000-8000-000000000000/checklist`,
    );
    expect(missing.statusCode).toBe(404);
  });
});
