import type { CreateSourcingRequest } from '@thirdline/shared/sourcing/sourcing.schemas';
import { uuidv7 } from 'uuidv7';
import { nextReference } from '../../../db/references';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest } from '../../../platform/errors/problem';
import { departmentExists } from '../../org';
import { insertSourcingRequest, type SourcingRequestRow } from '../sourcing.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';

/** A department raises a need (R2.1): a draft request numbered SR-YYYY-NNNN. */
export async function createSourcingRequest(
  c: SourcingCommandContext,
  input: CreateSourcingRequest,
): Promise<SourcingRequestRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  const departmentId = await requestingDepartment(c, input.departmentId);
  const now = c.audit.at;
  return c.db.transaction(async (tx) => {
    const row = await insertSourcingRequest(tx, {
      id: uuidv7(),
      reference: await nextReference(tx, 'SR', Number(c.today.slice(0, 4))),
      title: input.title,
      departmentId,
      background: input.background,
      goals: input.goals,
      expectedOutcome: input.expectedOutcome,
      budgetAmount: input.budgetAmount,
      budgetCurrency: input.budgetCurrency,
      otherResources: input.otherResources || null,
      functionalNeeds: input.functionalNeeds || null,
      serviceLevelNeeds: input.serviceLevelNeeds || null,
      outsourcingCategory: input.outsourcingCategory,
      urgency: input.urgency,
      riskLevel: input.riskLevel,
      status: 'draft',
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.create',
      recordType: 'sourcing-request',
      recordId: row.id,
      after: row,
    });
    return row;
  });
}

/** The department named in the body (it must exist), else the caller's own; 400 when there is neither. */
export async function requestingDepartment(c: SourcingCommandContext, given: string | undefined): Promise<string> {
  const departmentId = given ?? c.actor.departmentId;
  if (!departmentId) {
    throw badRequest(
      'Some fields are not valid.',
      [{ path: 'departmentId', message: 'Required.' }],
      'validation_failed',
    );
  }
  if (!(await departmentExists(c.db, departmentId))) {
    throw badRequest(
      'Some fields are not valid.',
      [{ path: 'departmentId', message: 'No such department.' }],
      'validation_failed',
    );
  }
  return departmentId;
}
