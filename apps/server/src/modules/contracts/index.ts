// The contracts module's public surface: the only file other modules (and app wiring) may import.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { registerContractLedger } from './ledger';

export { contractRecordReaders } from './record-readers';
export { seedDemoLedger } from './ledger';

/** Contracts (R5): drafting, review, approval, signing, archive, ledger, variations, renewal and exit. */
export function registerContractsModule(app: FastifyInstance, ctx: AppContext) {
  // Each part registers its routes, due-item kinds and approval outcomes here, one line each.
  registerContractLedger(app, ctx);
}
