// The exit part of the contracts module (variations, renewal, termination, handover, retention). Only the
// contracts module's index.ts imports this file.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import type { RecordReader } from '../../../platform/audit/record-readers';
import { workflowEvents } from '../../../platform/workflow';
import { canReadContract } from '../contracts.policy';
import { addContractPermissions } from '../contracts.presenter';
import { deletePermissions, exitPermissions } from './exit.policy';
import { onRenewalOutcome, onVariationOutcome } from './exit-outcomes';
import { exitDueItemKinds } from './exit-reminders';
import { findRenewalContractId, findVariationContractId } from './variations.repository';
import { registerTerminationRoutes } from './termination.routes';
import { registerVariationRoutes } from './variations.routes';

export { exitPermissions };
export { retainUntil } from './commands/delete-contract';

export function registerContractExit(app: FastifyInstance, ctx: AppContext) {
  registerVariationRoutes(app, ctx);
  registerTerminationRoutes(app, ctx);
  addContractPermissions(exitPermissions);
  addContractPermissions(deletePermissions);
  for (const kind of exitDueItemKinds) ctx.dueItems?.register(kind);
  workflowEvents.onOutcome('contract-variation', onVariationOutcome);
  workflowEvents.onOutcome('contract-renewal', onRenewalOutcome);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A variation's or renewal decision's history (and the approval about it) is for whoever may read the contract. */
export function contractExitRecordReaders(): Record<string, RecordReader> {
  const via =
    (find: (db: Parameters<RecordReader>[0], id: string) => Promise<string | undefined>): RecordReader =>
    async (db, actor, id) =>
      UUID.test(id) && canReadContract(actor) && !!(await find(db, id));
  return {
    'contract-variation': via(findVariationContractId),
    'contract-renewal': via(findRenewalContractId),
  };
}
