import type { SourcingStatus } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { allowedNextSourcingStatuses } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import type { Executor } from '../../../db/client';
import { conflict, notFound, versionConflict } from '../../../platform/errors/problem';
import { lockSourcingRequest, type SourcingRequestRow } from '../sourcing.repository';
import { canReadSourcing, requireManageSourcing } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';

/**
 * Locks a request the caller may change: 404 when it does not exist (or cannot be read), 409 on a stale
 * `version`, 403 when the caller is not of the requesting department (nor its author, nor a director).
 */
export async function lockForChange(
  tx: Executor,
  c: SourcingCommandContext,
  id: string,
  version?: number,
): Promise<SourcingRequestRow> {
  const row = await lockSourcingRequest(tx, id);
  if (!row || !canReadSourcing(c.actor)) throw notFound('No such sourcing request.');
  requireManageSourcing(c.actor, row);
  if (version !== undefined && row.version !== version) throw versionConflict();
  return row;
}

/** 409 with `allowedNext` unless the request's status is one of `allowed`. */
export function requireStatus(row: SourcingRequestRow, allowed: readonly SourcingStatus[], to?: SourcingStatus): void {
  const from = row.status as SourcingStatus;
  if (allowed.includes(from)) return;
  throw conflict(
    to
      ? `A ${from} sourcing request cannot become ${to}.`
      : `This cannot be done while the sourcing request is ${from}.`,
    to ? 'illegal_transition' : 'wrong_status',
    { from, ...(to ? { to } : {}), allowedNext: [...allowedNextSourcingStatuses(from)] },
  );
}

/** The common "changed by the caller now" columns of an update. */
export const touched = (c: SourcingCommandContext, before: SourcingRequestRow) => ({
  updatedAt: c.audit.at,
  updatedBy: c.actor.userId,
  version: before.version + 1,
});
