import {
  contractLedgerFilterSchema,
  contractLedgerPageSchema,
  contractLedgerQuerySchema,
  contractTotalsSchema,
  paymentsByMonthQuerySchema,
  paymentsByMonthSchema,
  type ContractTotals,
  type PaymentsByMonth,
} from '@thirdline/shared/contracts/ledger.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { badRequest } from '../../../platform/errors/problem';
import { sendXlsx, streamXlsx } from '../../../platform/http/xlsx';
import { ledgerContext } from './commands/context';
import { EXPORT_ROW_LIMIT, ledgerColumns } from './ledger.export';
import { presentLedgerRow } from './ledger.presenter';
import { ledgerBatches, ledgerTotals, listLedger, paymentsByMonth, type CurrencyTotalRow } from './ledger.repository';

const tags = ['contracts'];
/** Most months the chart spans. */
const MAX_MONTHS = 120;

const totalsOf = (rows: CurrencyTotalRow[]): ContractTotals => ({
  byCurrency: rows.map((r) => ({ ...r, currency: r.currency as ContractTotals['byCurrency'][number]['currency'] })),
});

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The contract ledger (台账, R5.4): list with totals, totals alone, xlsx export, payments by month. */
export function registerLedgerRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/contracts',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'The contract ledger: contracts of the filter with paid/unpaid, and totals per currency',
        querystring: contractLedgerQuerySchema,
        response: { 200: contractLedgerPageSchema },
      },
    },
    async (request) => {
      const c = await ledgerContext(request, ctx);
      const { page, pageSize } = request.query;
      const [rows, totals] = await Promise.all([
        listLedger(ctx.db, request.query, c.today, pageSize, (page - 1) * pageSize),
        ledgerTotals(ctx.db, request.query, c.today),
      ]);
      return {
        items: rows.map((r) => presentLedgerRow(c.actor, r)),
        total: totals.reduce((n, t) => n + t.count, 0),
        page,
        pageSize,
        ...totalsOf(totals),
      };
    },
  );

  app.get(
    '/api/v1/contracts/totals',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Amount, paid and unpaid per currency for the ledger filter',
        querystring: contractLedgerFilterSchema,
        response: { 200: contractTotalsSchema },
      },
    },
    async (request) => {
      const c = await ledgerContext(request, ctx);
      return totalsOf(await ledgerTotals(ctx.db, request.query, c.today));
    },
  );

  app.get(
    '/api/v1/contracts/export',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Export the ledger (xlsx, same filters as the list)',
        querystring: contractLedgerFilterSchema,
      },
    },
    async (request, reply) => {
      const c = await ledgerContext(request, ctx);
      const zh = c.actor.locale !== 'en-US';
      const body = streamXlsx(ledgerColumns(zh), ledgerBatches(ctx.db, request.query, c.today, EXPORT_ROW_LIMIT), {
        sheetName: zh ? '合同台账' : 'Contracts',
      });
      body.on('error', (err) => request.log.error({ err }, 'contract ledger export failed'));
      return sendXlsx(reply, `contracts-${c.today}.xlsx`, body);
    },
  );

  app.get(
    '/api/v1/contracts/payments-by-month',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Payments per month and currency for the contracts of the ledger filter',
        querystring: paymentsByMonthQuerySchema,
        response: { 200: paymentsByMonthSchema },
      },
    },
    async (request): Promise<PaymentsByMonth> => {
      const c = await ledgerContext(request, ctx);
      const to = request.query.to ?? c.today.slice(0, 7);
      const from = request.query.from ?? monthOf(monthIndex(to) - 11);
      const span = monthIndex(to) - monthIndex(from) + 1;
      if (span < 1 || span > MAX_MONTHS) {
        throw badRequest('The month range is not valid.', [
          { path: 'querystring.from', message: 'Must be at most 120 months before to, and not after it.' },
        ]);
      }
      const rows = await paymentsByMonth(ctx.db, { ...request.query, from, to }, c.today);
      const months = Array.from({ length: span }, (_, i) => ({
        month: monthOf(monthIndex(from) + i),
        byCurrency: [] as PaymentsByMonth['months'][number]['byCurrency'],
      }));
      for (const r of rows) {
        months[monthIndex(r.month) - monthIndex(from)]?.byCurrency.push({
          currency: r.currency as PaymentsByMonth['months'][number]['byCurrency'][number]['currency'],
          amount: r.amount,
          count: r.count,
        });
      }
      return { from, to, months };
    },
  );
}
