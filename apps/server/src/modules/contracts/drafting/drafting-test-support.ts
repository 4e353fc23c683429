import type { Checklist } from '@thirdline/shared/contracts/drafting.schemas';
import type { Role } from '@thirdline/shared/rbac/permissions';
import { expect } from 'vitest';
import { multipartBody } from '../../../test/test-multipart';
import { uuidv7 } from 'uuidv7';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { approvalCast } from '../../../platform/workflow/workflow-test-support';
import { insertTestContract } from '../contract-test-support';
import type { NewContractRow } from '../contracts.repository';

/** An approval cast (department with head, PM, finance, executive, director) plus legal and technical reviewers. */
export async function draftingCast(t: TestApp, admin: TestSession, prefix: string) {
  const cast = await approvalCast(t, admin, prefix);
  const make = (name: string, roles: Role[]) => createSignedInUser(t, admin, `${prefix}-${name}`, roles);
  return {
    ...cast,
    legal: await make('legal', ['legal']),
    technical: await make('tech', ['technical_reviewer']),
    business: await make('biz', ['specialist']),
    outsider: await make('vc', ['vendor_contact']),
  };
}
export type DraftingCast = Awaited<ReturnType<typeof draftingCast>>;

/** A fresh app, its administrator and a drafting cast whose usernames start with `prefix`. */
export async function startDraftingApp(prefix: string, env: Record<string, string> = {}) {
  const t = await createTestApp(env);
  const admin = await t.signInAdmin();
  return { t, admin, cast: await draftingCast(t, admin, prefix) };
}

/** A draft contract owned by the cast's PM in the cast's department. */
export function draftContract(t: TestApp, cast: DraftingCast, values: Partial<NewContractRow> = {}) {
  return insertTestContract(t.db, {
    vendorId: uuidv7(),
    departmentId: cast.departmentId,
    projectManagerId: cast.submitter.id,
    createdBy: cast.submitter.id,
    ...values,
  });
}

export function reviewersOf(cast: DraftingCast, business = false) {
  return [
    { userId: cast.legal.id, kind: 'legal' },
    { userId: cast.finance.id, kind: 'finance' },
    { userId: cast.technical.id, kind: 'technical' },
    ...(business ? [{ userId: cast.business.id, kind: 'business' }] : []),
  ];
}

export async function getChecklist(session: TestSession, contractId: string): Promise<Checklist> {
  const res = await session.get(`/api/v1/contracts/${contractId}/checklist`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Checklist;
}

/** Marks every mandatory item present (with a reference), as an author would after drafting the text. */
export async function completeChecklist(session: TestSession, contractId: string): Promise<Checklist> {
  const list = await getChecklist(session, contractId);
  const items = list.items
    .filter((i) => i.mandatory)
    .map((i, n) => ({ clauseId: i.clauseId, status: 'present', reference: `第 ${n + 1} 条` }));
  const res = await session.put(`/api/v1/contracts/${contractId}/checklist`, { version: list.version, items });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Checklist;
}

/** Uploads a small text file attached to the record, as the web app does; returns the response. */
export function uploadFor(session: TestSession, recordType: string, recordId: string, content: string) {
  const { payload, contentType } = multipartBody([
    { name: 'recordType', value: recordType },
    { name: 'recordId', value: recordId },
    { name: 'file', filename: 'opinion.txt', content },
  ]);
  return session.request('POST', '/api/v1/files', payload, { 'content-type': contentType });
}
