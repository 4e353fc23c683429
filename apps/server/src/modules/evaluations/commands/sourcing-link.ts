import type { Executor } from '../../../db/client';
import { unprocessable, type FieldError } from '../../../platform/errors/problem';
import { sourcingRequestForEvaluation, type SourcingRequestForEvaluation } from '../../sourcing';
import type { EvaluationCommandContext } from './context';

/**
 * The sourcing request an evaluation is started from: it must exist and be readable by the caller (400 on
 * `sourcingRequestId` otherwise). Undefined when no request is given.
 */
export async function linkedSourcingRequest(
  db: Executor,
  c: Pick<EvaluationCommandContext, 'actor'>,
  id: string | null | undefined,
  errors: FieldError[],
): Promise<SourcingRequestForEvaluation | undefined> {
  if (!id) return undefined;
  const request = await sourcingRequestForEvaluation(db, c.actor, id);
  if (!request) errors.push({ path: 'sourcingRequestId', message: 'No such sourcing request.' });
  return request;
}

/**
 * An evaluation of a sourcing request compares that request's candidates while it is being sourced (R2 → R4):
 * the request must be `sourcing` (candidates are invited only then; an approved request first starts sourcing)
 * and every vendor one of its candidates. 422 `sourcing_request_not_sourcing` / `not_candidates` (listing them).
 */
export function requireSourcingCandidates(
  request: SourcingRequestForEvaluation,
  vendorIds: readonly string[],
  checkStatus = true,
): void {
  if (checkStatus && request.status !== 'sourcing') {
    throw unprocessable(
      `The sourcing request ${request.reference} is ${request.status}; an evaluation starts only while it is sourcing.`,
      'sourcing_request_not_sourcing',
      { sourcingRequestId: request.id, sourcingRequestStatus: request.status },
    );
  }
  const candidates = new Set(request.candidateVendorIds);
  const others = vendorIds.filter((v) => !candidates.has(v));
  if (others.length > 0) {
    throw unprocessable(
      `Only candidates of the sourcing request ${request.reference} can be evaluated.`,
      'not_candidates',
      { sourcingRequestId: request.id, vendorIds: others },
    );
  }
}
