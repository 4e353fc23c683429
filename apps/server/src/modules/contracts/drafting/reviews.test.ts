import type { ReviewActionResult, ReviewRound } from '@thirdline/shared/contracts/drafting.schemas';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../../test/audit-events';
import type { TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { findContract } from '../contracts.repository';
import {
  completeChecklist,
  draftContract,
  startDraftingApp,
  uploadFor,
  reviewersOf,
  type DraftingCast,
} from './drafting-test-support';

const kindsOf = async (s: TestSession) =>
  ((await s.get('/api/v1/notifications')).json() as { items: { kind: string; title: string; link: string }[] }).items;

describe('submission for review and review rounds (R5.1, R5.2)', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: DraftingCast;

  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'thirdline-drafting-'));
    ({ t, admin, cast } = await startDraftingApp('rv', { DATA_DIR: dataDir }));
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const submit = (s: TestSession, id: string, body: object) => s.post(`/api/v1/contracts/${id}/submit`, body);
  const opinion = (s: TestSession, id: string, reviewId: string, body: object) =>
    s.post(`/api/v1/contracts/${id}/reviews/${reviewId}/opinion`, body);
  const rounds = async (s: TestSession, id: string) =>
    ((await s.get(`/api/v1/contracts/${id}/reviews`)).json() as { rounds: ReviewRound[] }).rounds;

  it('refuses submission with mandatory clauses absent (422 listing them), nothing changed', async () => {
    const contract = await draftContract(t, cast, { type: 'nda' });
    const res = await submit(cast.submitter.session, contract.id, { version: 1, reviewers: reviewersOf(cast) });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'mandatory_clauses_missing',
      missing: [
        { code: 'confidentiality', title: '保密条款' },
        { code: 'breach-liability', title: '违约责任' },
      ],
    });
    expect((await findContract(t.db, contract.id))?.status).toBe('draft');
    expect(await rounds(cast.submitter.session, contract.id)).toEqual([]);
  });

  it('checks the body, the version, the reviewers and the state', async () => {
    const contract = await draftContract(t, cast, { type: 'nda' });
    await completeChecklist(cast.submitter.session, contract.id);
    const noTech = await submit(cast.submitter.session, contract.id, {
      version: 1,
      reviewers: reviewersOf(cast).filter((r) => r.kind !== 'technical'),
    });
    expect(noTech.statusCode).toBe(400);
    expect(noTech.json()).toMatchObject({ errors: [{ path: 'body.reviewers' }] });
    const outsider = await submit(cast.submitter.session, contract.id, {
      version: 1,
      reviewers: [...reviewersOf(cast).slice(0, 2), { userId: cast.outsider.id, kind: 'technical' }],
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json()).toMatchObject({ errors: [{ path: 'reviewers.2.userId' }] });
    const stale = await submit(cast.submitter.session, contract.id, { version: 7, reviewers: reviewersOf(cast) });
    expect(stale.json()).toMatchObject({ status: 409, code: 'version_conflict' });
    expect(
      (await submit(cast.technical.session, contract.id, { version: 1, reviewers: reviewersOf(cast) })).statusCode,
    ).toBe(403);

    const approved = await draftContract(t, cast, { type: 'nda', status: 'approved' });
    const late = await submit(cast.submitter.session, approved.id, { version: 1, reviewers: reviewersOf(cast) });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'illegal_transition',
      from: 'approved',
      allowedNext: ['active', 'terminated'],
    });
  });

  it('runs rounds: a disagreement sends the draft back; the next round’s agreement starts the approval', async () => {
    const contract = await draftContract(t, cast, { type: 'outsourcing', amount: '800000.00' });
    await completeChecklist(cast.submitter.session, contract.id);
    const first = await submit(cast.submitter.session, contract.id, {
      version: 1,
      reviewers: reviewersOf(cast, true),
      comment: '请审查',
    });
    expect(first.statusCode, first.body).toBe(200);
    const r1 = first.json() as ReviewActionResult;
    expect(r1).toMatchObject({ status: 'in-review', version: 2, approvalId: null });
    expect(r1.round).toMatchObject({ number: 1, status: 'open', comment: '请审查' });
    expect(r1.round.reviews.map((r) => r.kind)).toEqual(['legal', 'finance', 'technical', 'business']);
    expect(r1.round.reviews.every((r) => r.permissions.length === 0)).toBe(true); // the PM reviews nothing
    for (const who of [cast.legal, cast.finance, cast.technical, cast.business]) {
      const notes = await kindsOf(who.session);
      expect(notes.filter((n) => n.kind === 'contract-review')).toHaveLength(1);
      expect(notes[0]?.link).toBe(`/contracts/${contract.id}?tab=reviews`);
    }
    const again = await submit(cast.submitter.session, contract.id, { version: 2, reviewers: reviewersOf(cast) });
    expect(again.json()).toMatchObject({
      status: 409,
      code: 'illegal_transition',
      allowedNext: ['in-approval', 'draft'],
    });

    const review = (kind: string, round: ReviewRound = r1.round) => round.reviews.find((r) => r.kind === kind)!.id;
    // Only the assigned reviewer: someone else 403, an unknown review 404.
    const notMine = await opinion(cast.finance.session, contract.id, review('legal'), { opinion: 'agree' });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json()).toMatchObject({ code: 'not_assigned_reviewer' });
    expect((await opinion(cast.outsider.session, contract.id, review('legal'), { opinion: 'agree' })).statusCode).toBe(
      403,
    );
    const unknown = await opinion(cast.legal.session, contract.id, contract.id, { opinion: 'agree' });
    expect(unknown.statusCode).toBe(404);
    const legalView = await rounds(cast.legal.session, contract.id);
    expect(legalView[0]?.reviews.find((r) => r.kind === 'legal')?.permissions).toEqual(['opinion']);

    const noComment = await opinion(cast.legal.session, contract.id, review('legal'), {
      opinion: 'agree-with-comments',
    });
    expect(noComment.statusCode).toBe(400);
    const agreed = await opinion(cast.legal.session, contract.id, review('legal'), {
      opinion: 'agree-with-comments',
      comments: '第 5 条措辞需调整',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect((agreed.json() as ReviewActionResult).status).toBe('in-review');
    const twice = await opinion(cast.legal.session, contract.id, review('legal'), { opinion: 'agree' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'opinion_already_given' });

    const disagree = await opinion(cast.finance.session, contract.id, review('finance'), {
      opinion: 'disagree',
      comments: '付款节点不合理',
    });
    expect(disagree.statusCode, disagree.body).toBe(200);
    expect(disagree.json()).toMatchObject({ status: 'draft', version: 3, round: { number: 1, status: 'disagreed' } });
    const closed = await opinion(cast.technical.session, contract.id, review('technical'), { opinion: 'agree' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'review_round_closed' });
    const ownerNotes = await kindsOf(cast.submitter.session);
    expect(ownerNotes.filter((n) => n.kind === 'contract-review-outcome')).toHaveLength(1);

    // Round 2, after the owner fixed the draft: every reviewer agrees → in approval through the contract flow.
    const second = await submit(cast.submitter.session, contract.id, { version: 3, reviewers: reviewersOf(cast) });
    expect(second.statusCode, second.body).toBe(200);
    const r2 = (second.json() as ReviewActionResult).round;
    expect(r2.number).toBe(2);
    await opinion(cast.legal.session, contract.id, review('legal', r2), { opinion: 'agree' });
    await opinion(cast.technical.session, contract.id, review('technical', r2), { opinion: 'agree' });
    const last = await opinion(cast.finance.session, contract.id, review('finance', r2), { opinion: 'agree' });
    expect(last.statusCode, last.body).toBe(200);
    const done = last.json() as ReviewActionResult;
    expect(done).toMatchObject({ status: 'in-approval', round: { number: 2, status: 'agreed' } });
    expect(done.approvalId).toBeTruthy();
    expect(done.round.approvalId).toBe(done.approvalId);
    const row = await findContract(t.db, contract.id);
    expect(row).toMatchObject({ status: 'in-approval', approvalId: done.approvalId });

    const approval = (await admin.get(`/api/v1/approvals/${done.approvalId}`)).json() as {
      flowCode: string;
      recordType: string;
      recordId: string;
      stages: { key: string }[];
    };
    expect(approval).toMatchObject({ flowCode: 'contract', recordType: 'contract', recordId: contract.id });
    expect(approval.stages.map((s) => s.key)).toEqual(['department-head', 'director', 'executive']);

    const all = await rounds(cast.business.session, contract.id);
    expect(all.map((r) => [r.number, r.status])).toEqual([
      [1, 'disagreed'],
      [2, 'agreed'],
    ]);
    expect(all[0]?.reviews.find((r) => r.kind === 'finance')).toMatchObject({
      opinion: 'disagree',
      comments: '付款节点不合理',
      reviewer: { id: cast.finance.id, displayName: 'rv-finance' },
    });
    const actions = (await auditEventsOf(t.db, 'contract', contract.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'contract.submit')).toHaveLength(2);
    expect(actions).toContain('contract.review-disagreed');
    expect(actions).toContain('contract.review-agreed');
    expect(actions.filter((a) => a === 'contract-review.opinion')).toHaveLength(5);
  });

  it('keeps attachments uploaded to the contract with the opinion and refuses any other file', async () => {
    const contract = await draftContract(t, cast, { type: 'nda' });
    const other = await draftContract(t, cast, { type: 'nda' });
    await completeChecklist(cast.submitter.session, contract.id);
    const r = (
      (
        await submit(cast.submitter.session, contract.id, { version: 1, reviewers: reviewersOf(cast) })
      ).json() as ReviewActionResult
    ).round;
    const legalReview = r.reviews.find((x) => x.kind === 'legal')!.id;
    const mine = await uploadFor(cast.legal.session, 'contract', contract.id, '法务修改意见');
    expect(mine.statusCode, mine.body).toBe(201);
    const elsewhere = await uploadFor(cast.legal.session, 'contract', other.id, '其他合同');
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    const fileId = (mine.json() as { id: string }).id;

    const wrong = await opinion(cast.legal.session, contract.id, legalReview, {
      opinion: 'agree-with-comments',
      comments: '见附件',
      fileIds: [fileId, (elsewhere.json() as { id: string }).id],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ errors: [{ path: 'fileIds.1' }] });
    const ok = await opinion(cast.legal.session, contract.id, legalReview, {
      opinion: 'agree-with-comments',
      comments: '见附件',
      fileIds: [fileId],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const saved = (ok.json() as ReviewActionResult).round.reviews.find((x) => x.kind === 'legal');
    expect(saved).toMatchObject({ opinion: 'agree-with-comments', fileIds: [fileId] });
    // Whoever reads the contract may open the attachment.
    expect((await cast.technical.session.get(`/api/v1/files/${fileId}/content`)).body).toBe('法务修改意见');
  });
});
