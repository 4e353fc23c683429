// The contracts module's public surface: the only file other modules (and app wiring) may import.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { workflowEvents } from '../../platform/workflow';
import { onContractApprovalOutcome } from './commands/approval-outcome';
import { registerContractRoutes } from './contracts.routes';
import { registerContractDrafting } from './drafting';
import { registerContractArchive } from './archive/register';
import { registerContractLedger } from './ledger';
import { registerContractExit } from './exit';

export { contractRecordReaders } from './record-readers';
export { seedDemoLedger } from './ledger';
export { createContract, type ContractOrigin } from './commands/create-contract';
export type { ContractCommandContext } from './commands/context';
export { setTemplateVersionLookup } from './template-versions';
export { seedDemoContracts } from './seed/demo-contracts';
export { seedDemoContractLife } from './seed/demo-contract-life';
export { seedClauseLibrary, seedDemoContractTemplates } from './drafting';
export { contractExitRecordReaders, exitPermissions, retainUntil } from './exit';

/** Contracts (R5): drafting, review, approval, signing, archive, ledger, variations, renewal and exit. */
export function registerContractsModule(app: FastifyInstance, ctx: AppContext) {
  // Each part registers its routes, due-item kinds and approval outcomes here, one line each.
  registerContractRoutes(app, ctx);
  workflowEvents.onOutcome('contract', onContractApprovalOutcome);
  registerContractDrafting(app, ctx);
  registerContractArchive(app, ctx);
  registerContractLedger(app, ctx);
  registerContractExit(app, ctx);
}
