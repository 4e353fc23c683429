// The ledger part of the contracts module (R5.4): the 台账 list, totals, export, chart; milestones, payments, checks.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { executionCheckDueKind } from './check-reminders';
import { registerExecutionRoutes } from './execution.routes';
import { reconcileLedgerTotals } from './ledger-totals.repository';
import { registerLedgerRoutes } from './ledger.routes';
import { ledgerRecordReaders } from './record-readers';

export { seedDemoLedger } from './seed-demo-ledger';

export function registerContractLedger(app: FastifyInstance, ctx: AppContext) {
  registerLedgerRoutes(app, ctx);
  registerExecutionRoutes(app, ctx);
  ctx.dueItems?.register(executionCheckDueKind);
  // The kept totals are rebuilt at start when they do not add up (e.g. contracts from before the table existed).
  // A database that is down at start must not stop the app (it answers 503 until the database is back).
  app.addHook('onReady', async () => {
    try {
      if (await reconcileLedgerTotals(ctx.db)) app.log.warn('contract ledger totals were rebuilt from the contracts');
    } catch (error) {
      app.log.warn({ err: error }, 'contract ledger totals could not be checked at start');
    }
  });
  for (const [recordType, reader] of Object.entries(ledgerRecordReaders()))
    ctx.recordReaders?.register(recordType, reader);
}
