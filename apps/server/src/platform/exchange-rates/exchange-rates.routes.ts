import {
  exchangeRateListSchema,
  exchangeRateParamsSchema,
  exchangeRateSchema,
  putExchangeRateSchema,
  type ExchangeRate,
  type ForeignCurrency,
  type PutExchangeRate,
} from '@thirdline/shared/exchange-rates/exchange-rates.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { recordAudit, type AuditContext } from '../audit/audit';
import { auditContextOf } from '../audit/request-context';
import type { Clock } from '../calendar/clock';
import { notFound, versionConflict } from '../errors/problem';
import {
  listExchangeRates,
  lockExchangeRate,
  updateExchangeRate,
  type ExchangeRateRow,
} from './exchange-rates.repository';

const tags = ['exchange-rates'];

const present = (r: ExchangeRateRow): ExchangeRate => ({
  currency: r.currency as ForeignCurrency,
  rateToCny: r.rateToCny,
  updatedAt: r.updatedAt.toISOString(),
  updatedBy: r.updatedBy,
  version: r.version,
});

/** Sets or clears (null) one currency's rate, version-checked and audited. */
async function setExchangeRate(
  db: Db,
  audit: AuditContext,
  currency: ForeignCurrency,
  input: PutExchangeRate,
): Promise<ExchangeRateRow> {
  return db.transaction(async (tx) => {
    const before = await lockExchangeRate(tx, currency);
    if (!before) throw notFound('No such currency.');
    if (before.version !== input.version) throw versionConflict();
    const after = await updateExchangeRate(tx, currency, {
      rateToCny: input.rateToCny,
      updatedAt: audit.at,
      updatedBy: audit.actorId,
      version: before.version + 1,
    });
    await recordAudit(tx, audit, {
      action: input.rateToCny === null ? 'exchange-rate.clear' : 'exchange-rate.set',
      recordType: 'exchange-rate',
      recordId: currency,
      before: { rateToCny: before.rateToCny },
      after: { rateToCny: after.rateToCny },
    });
    return after;
  });
}

/** The reference exchange rates to CNY: everyone signed in reads them; administrators (settings:write) edit them. */
export function registerExchangeRateRoutes(root: FastifyInstance, deps: { db: Db; clock: Clock }) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/exchange-rates',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Reference exchange rates to CNY (CNY per unit), used to compare amounts with approval thresholds',
        response: { 200: exchangeRateListSchema },
      },
    },
    async () => ({ base: 'CNY' as const, items: (await listExchangeRates(deps.db)).map(present) }),
  );

  app.put(
    '/api/v1/exchange-rates/:currency',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: "Set a currency's rate to CNY, or clear it (null: amounts in it are refused)",
        params: exchangeRateParamsSchema,
        body: putExchangeRateSchema,
        response: { 200: exchangeRateSchema },
      },
    },
    async (request) =>
      present(
        await setExchangeRate(deps.db, auditContextOf(request, deps.clock), request.params.currency, request.body),
      ),
  );
}
