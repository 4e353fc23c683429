// The ledger part of the contracts module (R5.4): the 台账 list, totals, export, chart; milestones, payments, checks.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { executionCheckDueKind } from './check-reminders';
import { registerExecutionRoutes } from './execution.routes';
import { registerLedgerRoutes } from './ledger.routes';

import { ledgerRecordReaders } from './record-readers';

export function registerContractLedger(app: FastifyInstance, ctx: AppContext) {
  registerLedgerRoutes(app, ctx);
  registerExecutionRoutes(app, ctx);
  ctx.dueItems?.register(executionCheckDueKind);
  for (const [recordType, reader] of Object.entries(ledgerRecordReaders()))
    ctx.recordReaders?.register(recordType, reader);
}
