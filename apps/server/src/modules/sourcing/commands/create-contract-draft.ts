import type { ContractDraftRequest } from '@thirdline/shared/sourcing/sourcing.schemas';
import { notFound } from '../../../platform/errors/problem';
import { createContract } from '../../contracts';
import { candidatesOf, proposalsOf } from '../candidates.repository';
import { findScope } from '../spec.repository';
import { findSourcingRequest } from '../sourcing.repository';
import { canReadSourcing, requireManageSourcing } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { requireStatus } from './load';

/**
 * A draft contract prefilled from an awarded request (R4.3): the awarded vendor, the requesting department, the
 * title, category, and the amount and currency of the vendor's latest proposal (the budget when it sent none); the
 * description from the scope's objectives or the request's goals. The contracts module checks and audits it.
 */
export async function createContractDraft(c: SourcingCommandContext, id: string, input: ContractDraftRequest) {
  const request = await findSourcingRequest(c.db, id);
  if (!request || !canReadSourcing(c.actor)) throw notFound('No such sourcing request.');
  requireManageSourcing(c.actor, request);
  requireStatus(request, ['awarded']);
  const vendorId = request.awardedVendorId as string;
  const candidate = (await candidatesOf(c.db, id)).find((x) => x.vendorId === vendorId);
  const proposal = candidate ? (await proposalsOf(c.db, [candidate.id])).at(-1) : undefined;
  const scope = await findScope(c.db, id);
  return createContract(
    { db: c.db, actor: c.actor, audit: c.audit, today: c.today },
    {
      title: request.title,
      vendorId,
      type: input.type,
      outsourcingCategory: request.outsourcingCategory as never,
      departmentId: request.departmentId,
      projectManagerId: input.projectManagerId ?? null,
      amount: proposal?.price ?? request.budgetAmount,
      currency: (proposal?.currency ?? request.budgetCurrency) as never,
      startDate: input.startDate,
      endDate: input.endDate,
      description: (scope?.objectives ?? request.goals).slice(0, 4000),
    },
    { sourcingRequestId: id },
  );
}
