import { SPEC_EDITABLE_SOURCING_STATUSES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import type { Executor } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, forbidden, notFound, versionConflict } from '../../../platform/errors/problem';
import {
  confirmRequirementVersionRow,
  findScope,
  requirementVersionsOf,
  updateScopeRow,
  type RequirementVersionRow,
  type ScopeRow,
} from '../spec.repository';
import { lockSourcingRequest, type SourcingRequestRow } from '../sourcing.repository';
import { canReadSourcing, departmentHeadId } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { requireStatus } from './load';

/** Locks the request for a confirmation: only the head of the requesting department confirms (403 for others). */
async function lockForConfirmation(tx: Executor, c: SourcingCommandContext, id: string): Promise<SourcingRequestRow> {
  const request = await lockSourcingRequest(tx, id);
  if (!request || !canReadSourcing(c.actor)) throw notFound('No such sourcing request.');
  if ((await departmentHeadId(tx, request.departmentId)) !== c.actor.userId) {
    throw forbidden('Only the head of the requesting department may confirm this.', 'not_department_head');
  }
  requireStatus(request, SPEC_EDITABLE_SOURCING_STATUSES);
  return request;
}

/** The requesting department's head confirms the latest requirement version (an older one → 409). */
export async function confirmRequirements(
  c: SourcingCommandContext,
  id: string,
  number: number,
): Promise<RequirementVersionRow> {
  return c.db.transaction(async (tx) => {
    await lockForConfirmation(tx, c, id);
    const versions = await requirementVersionsOf(tx, id);
    const version = versions.find((v) => v.number === number);
    if (!version) throw notFound('No such requirement version.');
    if (version.number !== versions.at(-1)?.number) {
      throw conflict('Only the latest requirement version can be confirmed.', 'not_latest_version', {
        latest: versions.at(-1)?.number,
      });
    }
    if (version.confirmedAt) throw conflict('This version is confirmed already.', 'already_confirmed');
    const after = await confirmRequirementVersionRow(tx, version.id, {
      confirmedAt: c.audit.at,
      confirmedBy: c.actor.userId as string,
    });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.requirements-confirm',
      recordType: 'sourcing-request',
      recordId: id,
      details: { version: number },
    });
    return after;
  });
}

/** The requesting department's head confirms the scope statement as they read it (`version`; stale → 409). */
export async function confirmScope(c: SourcingCommandContext, id: string, version: number): Promise<ScopeRow> {
  return c.db.transaction(async (tx) => {
    await lockForConfirmation(tx, c, id);
    const before = await findScope(tx, id);
    if (!before) throw notFound('This sourcing request has no scope statement yet.');
    if (before.version !== version) throw versionConflict();
    if (before.confirmedAt) throw conflict('This scope statement is confirmed already.', 'already_confirmed');
    const after = await updateScopeRow(tx, before.id, {
      confirmedAt: c.audit.at,
      confirmedBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.scope-confirm',
      recordType: 'sourcing-request',
      recordId: id,
      before: { scope: before },
      after: { scope: after },
    });
    return after;
  });
}
