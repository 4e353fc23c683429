import type { Permission } from '@thirdline/shared/rbac/permissions';
import type { Executor } from '../../db/client';
import { candidateVendorIds } from './candidates.repository';
import { findSourcingRequest } from './sourcing.repository';
import { canReadSourcing } from './sourcing.policy';

/** What an evaluation needs to know about the sourcing request it compares the candidates of. */
export interface SourcingRequestForEvaluation {
  id: string;
  reference: string;
  status: string;
  candidateVendorIds: string[];
}

/** The request with its candidates, when it exists and the caller may read it (else undefined). */
export async function sourcingRequestForEvaluation(
  db: Executor,
  actor: { permissions: ReadonlySet<Permission> },
  id: string,
): Promise<SourcingRequestForEvaluation | undefined> {
  const row = await findSourcingRequest(db, id);
  if (!row || !canReadSourcing({ userId: null, departmentId: null, roles: [], permissions: actor.permissions })) {
    return undefined;
  }
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    candidateVendorIds: await candidateVendorIds(db, row.id),
  };
}
