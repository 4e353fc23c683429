import type { Actor } from '../auth/actor';
import { notFound } from '../errors/problem';
import type { Executor } from '../../db/client';
import type { RecordReader } from '../audit/record-readers';
import { findApproval, isAssigneeOf, type ApprovalRow } from './workflow.repository';

export type ApprovalAction = 'withdraw' | 'resubmit' | 'download-form';

/** Who sees an approval: its submitter, anyone who ever had a task in it, flow managers and auditors. */
export async function canSeeApproval(db: Executor, actor: Actor, approval: ApprovalRow): Promise<boolean> {
  if (approval.submitterId === actor.userId) return true;
  if (actor.permissions.has('workflows:manage') || actor.permissions.has('audit:read')) return true;
  return isAssigneeOf(db, approval.id, actor.userId);
}

/** The approval when the caller may see it; 404 otherwise (an invisible record does not exist for them). */
export async function requireVisibleApproval(
  db: Executor,
  actor: Actor,
  approval: ApprovalRow | undefined,
): Promise<ApprovalRow> {
  if (!approval || !(await canSeeApproval(db, actor, approval))) throw notFound('No such approval.');
  return approval;
}

/** What the caller may do on an approval they can see. */
export function approvalPermissions(actor: Actor, approval: ApprovalRow): ApprovalAction[] {
  const own = approval.submitterId === actor.userId;
  const actions: ApprovalAction[] = [];
  if (own && (approval.status === 'pending' || approval.status === 'returned')) actions.push('withdraw');
  if (own && approval.status === 'returned') actions.push('resubmit');
  actions.push('download-form');
  return actions;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may read an approval or a flow definition, for their audit history and attached files. */
export function workflowRecordReaders(): Record<string, RecordReader> {
  return {
    approval: async (db, actor, id) => {
      if (!UUID.test(id)) return false;
      const approval = await findApproval(db, id);
      return !!approval && canSeeApproval(db, actor, approval);
    },
    'workflow-definition': async (_db, actor, id) => UUID.test(id) && actor.permissions.has('workflows:manage'),
  };
}
