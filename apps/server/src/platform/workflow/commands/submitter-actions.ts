import type { Executor } from '../../../db/client';
import type { AuditContext } from '../../audit/audit';
import type { Actor } from '../../auth/actor';
import { conflict, forbidden } from '../../errors/problem';
import { addEvent, finish } from '../engine';
import { resumeReturned } from '../resume';
import { findApproval, lockApproval } from '../workflow.repository';
import { requireVisibleApproval } from '../workflow.policy';

/** The approval, locked, when the caller submitted it; 404 when they cannot see it, 403 when it is not theirs. */
async function ownApproval(tx: Executor, actor: Actor, id: string) {
  await requireVisibleApproval(tx, actor, await findApproval(tx, id));
  const approval = await lockApproval(tx, id);
  if (!approval) throw conflict('The approval is gone.');
  if (approval.submitterId !== actor.userId) throw forbidden('Only the submitter can do this.', 'not_submitter');
  return approval;
}

/** The submitter takes the request back before the final decision (pending or returned). */
export async function withdrawApproval(
  tx: Executor,
  actor: Actor,
  audit: AuditContext,
  id: string,
  comment: string | null,
): Promise<void> {
  const approval = await ownApproval(tx, actor, id);
  if (approval.status !== 'pending' && approval.status !== 'returned') {
    throw conflict(`A ${approval.status} approval cannot be withdrawn.`, 'approval_closed');
  }
  await addEvent(tx, audit, id, 'withdrawn', approval.currentStage, { comment });
  await finish(tx, audit, approval, 'withdrawn');
}

/** The submitter sends a returned request again: it resumes at the stage that returned it. */
export async function resubmitApproval(
  tx: Executor,
  actor: Actor,
  audit: AuditContext,
  id: string,
  comment: string | null,
): Promise<void> {
  await resumeReturned(tx, audit, await ownApproval(tx, actor, id), { comment });
}
