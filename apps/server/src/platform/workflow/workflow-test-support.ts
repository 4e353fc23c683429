import type { Role } from '@thirdline/shared/rbac/permissions';
import type { Stage } from '@thirdline/shared/workflow/workflow.schemas';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { createSignedInUser } from '../../test/api-users';
import type { TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { startApproval, type StartApprovalInput } from './engine';
import { workflowDefinitions } from './workflow.table';

export interface Person {
  id: string;
  session: TestSession;
}

/** A department with a head, a submitter in it, and one user for each approving role. */
export async function approvalCast(t: TestApp, admin: TestSession, prefix = 'w') {
  const make = (name: string, roles: Role[], departmentId?: string) =>
    createSignedInUser(t, admin, `${prefix}-${name}`, roles, departmentId ? { departmentId } : {});
  const dept = await admin.post('/api/v1/departments', { name: `${prefix} 信息技术部` });
  const departmentId = (dept.json() as { id: string }).id;
  const head = await make('head', ['department_head'], departmentId);
  const version = ((await admin.get(`/api/v1/departments/${departmentId}`)).json() as { version: number }).version;
  const set = await admin.patch(`/api/v1/departments/${departmentId}`, { version, headUserId: head.id });
  if (set.statusCode !== 200) throw new Error(`setting the head failed: ${set.body}`);
  return {
    departmentId,
    head,
    submitter: await make('pm', ['project_manager'], departmentId),
    finance: await make('finance', ['finance']),
    executive: await make('ceo', ['executive']),
    director: await make('director', ['director']),
  };
}

/** Starts an approval of a made-up record directly through the engine (as modules do), in its own transaction. */
export async function startTestApproval(
  t: TestApp,
  input: Partial<StartApprovalInput> & Pick<StartApprovalInput, 'flowCode' | 'submitterId'>,
): Promise<string> {
  const at = t.clock.now();
  const ctx = { actorId: input.submitterId, actorName: 'submitter', requestId: null, ip: null, at };
  const { approvalId } = await t.db.transaction((tx) =>
    startApproval(tx, ctx, {
      recordType: 'test-record',
      recordId: uuidv7(),
      title: '测试采购申请',
      link: '/test-records/1',
      departmentId: null,
      context: {},
      ...input,
    }),
  );
  return approvalId;
}

/** Adds (or replaces) a flow definition straight in the table, for tests of stage shapes the seeds lack. */
export async function putTestFlow(t: TestApp, code: string, stages: Stage[]): Promise<void> {
  const at = t.clock.now();
  await t.db.delete(workflowDefinitions).where(eq(workflowDefinitions.code, code));
  await t.db.insert(workflowDefinitions).values({
    id: uuidv7(),
    code,
    name: { zh: '测试流程', en: 'Test flow' },
    recordType: 'test-record',
    stages,
    createdAt: at,
    updatedAt: at,
  });
}

export interface Detail {
  status: string;
  reference: string;
  currentStageName: { zh: string; en: string } | null;
  stages: {
    key: string;
    status: string;
    tasks: {
      id: string;
      assignee: { id: string };
      status: string;
      exception: boolean;
      dueAt: string | null;
      overdue: boolean;
    }[];
  }[];
  timeline: { action: string; actor: { id: string } | null; comment: string | null }[];
  permissions: string[];
}

/** The open task of `userId` in an approval (fails the test when there is none). */
export async function openTaskOf(session: TestSession, approvalId: string, userId: string): Promise<string> {
  const detail = (await session.get(`/api/v1/approvals/${approvalId}`)).json() as Detail;
  const task = detail.stages.flatMap((s) => s.tasks).find((x) => x.assignee.id === userId && x.status === 'open');
  if (!task) throw new Error(`no open task for ${userId}: ${JSON.stringify(detail.stages)}`);
  return task.id;
}

export function decide(session: TestSession, taskId: string, body: Record<string, unknown>, key?: string) {
  return session.request(
    'POST',
    `/api/v1/approval-tasks/${taskId}/decisions`,
    body,
    key ? { 'idempotency-key': key } : {},
  );
}
