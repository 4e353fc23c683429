import type { Role } from '@thirdline/shared/rbac/permissions';
import { createSignedInUser } from '../../../test/api-users';
import type { TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import type { NewContractRow } from '../contracts.repository';

export const TEST_VENDOR_ID = '01900000-0000-7000-8000-0000000000e1';

/** A department with a head, its PM, and a legal, a finance and a director user, all signed in. */
export async function exitCast(t: TestApp, admin: TestSession, prefix: string) {
  const make = (name: string, roles: Role[], departmentId?: string) =>
    createSignedInUser(t, admin, `${prefix}.${name}`, roles, departmentId ? { departmentId } : {});
  const departmentId = (await admin.post('/api/v1/departments', { name: `${prefix} 运维部` })).json().id as string;
  const head = await make('head', ['department_head'], departmentId);
  const version = (await admin.get(`/api/v1/departments/${departmentId}`)).json().version as number;
  const set = await admin.patch(`/api/v1/departments/${departmentId}`, { version, headUserId: head.id });
  if (set.statusCode !== 200) throw new Error(`setting the head failed: ${set.body}`);
  return {
    departmentId,
    head,
    pm: await make('pm', ['project_manager'], departmentId),
    legal: await make('legal', ['legal']),
    finance: await make('finance', ['finance']),
    director: await make('director', ['director']),
    auditor: await make('auditor', ['auditor']),
  };
}
export type ExitCast = Awaited<ReturnType<typeof exitCast>>;

/** An active contract of the cast's department, managed by its PM. */
export function activeContract(t: TestApp, cast: ExitCast, values: Partial<NewContractRow> = {}) {
  return insertTestContract(t.db, {
    vendorId: TEST_VENDOR_ID,
    departmentId: cast.departmentId,
    projectManagerId: cast.pm.id,
    status: 'active',
    signedOn: '2025-12-20',
    ...values,
  });
}

/** Approves the open task of `approvalId` in the inbox of `who`; fails when there is none. */
export async function approveTask(who: TestSession, approvalId: string, decision = 'approve'): Promise<void> {
  const tasks = (await who.get('/api/v1/approval-tasks?status=open')).json();
  const task = tasks.items.find((x: { approvalId: string }) => x.approvalId === approvalId);
  if (!task) throw new Error(`no open task of ${approvalId}`);
  const res = await who.post(`/api/v1/approval-tasks/${task.id}/decisions`, { decision, comment: '同意。' });
  if (res.statusCode !== 200) throw new Error(`deciding failed: ${res.statusCode} ${res.body}`);
}
