import { contractIdParamsSchema } from '@thirdline/shared/contracts/contract.schemas';
import {
  checkListSchema,
  checkSchema,
  checkScheduleSchema,
  createCheckSchema,
  createMilestoneSchema,
  createPaymentSchema,
  DEFAULT_CHECK_INTERVAL_MONTHS,
  milestoneAcceptanceSchema,
  milestoneListSchema,
  milestoneParamsSchema,
  milestoneSchema,
  paymentListSchema,
  paymentParamsSchema,
  paymentSchema,
  updateMilestoneSchema,
  type Payment,
} from '@thirdline/shared/contracts/ledger.schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { conflict, notFound } from '../../../platform/errors/problem';
import { acceptMilestone } from './commands/accept-milestone';
import { readContract } from './commands/contract-access';
import { ledgerContext, type LedgerCommandContext } from './commands/context';
import { createMilestone } from './commands/create-milestone';
import { deleteMilestone } from './commands/delete-milestone';
import { recordCheck, setCheckSchedule } from './commands/record-check';
import { recordPayment } from './commands/record-payment';
import { updateMilestone } from './commands/update-milestone';
import {
  checkIntervalMonths,
  findCheck,
  findPayment,
  listChecks,
  listMilestones,
  listPayments,
  nextCheckDue,
  paidByMilestone,
  paidOnContract,
  type MilestoneRow,
} from './execution.repository';
import { ledgerPermissions } from './ledger.policy';
import { presentChecks, presentMilestones, presentPayments } from './ledger.presenter';
import { fromCents, toCents } from './money';

const tags = ['contracts'];

/** Milestones with acceptance, payments and execution checks of one contract (R5.4). */
export function registerExecutionRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const context = (request: FastifyRequest) => ledgerContext(request, ctx);
  const presentMilestone = async (c: LedgerCommandContext, row: MilestoneRow) => {
    const [item] = presentMilestones(c.actor, [row], await paidByMilestone(c.db, row.contractId));
    return item as NonNullable<typeof item>;
  };
  const presentPayment = async (c: LedgerCommandContext, contractId: string, paymentId: string): Promise<Payment> => {
    const contract = await readContract(c, contractId);
    const row = await findPayment(c.db, contractId, paymentId);
    if (!row) throw notFound('No such payment.');
    const names = new Map((await listMilestones(c.db, contractId)).map((m) => [m.id, m.name]));
    const [item] = await presentPayments(c.db, [row], contract.currency, names);
    return item as Payment;
  };

  app.get(
    '/api/v1/contracts/:id/milestones',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Milestones of a contract',
        params: contractIdParamsSchema,
        response: { 200: milestoneListSchema },
      },
    },
    async (request) => {
      const c = await context(request);
      const contract = await readContract(c, request.params.id);
      const rows = await listMilestones(c.db, contract.id);
      return { items: presentMilestones(c.actor, rows, await paidByMilestone(c.db, contract.id)) };
    },
  );

  app.post(
    '/api/v1/contracts/:id/milestones',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Plan a milestone',
        params: contractIdParamsSchema,
        body: createMilestoneSchema,
        response: { 201: milestoneSchema },
      },
    },
    async (request, reply) => {
      const c = await context(request);
      const row = await createMilestone(c, request.params.id, request.body);
      return reply.status(201).send(await presentMilestone(c, row));
    },
  );

  app.patch(
    '/api/v1/contracts/:id/milestones/:milestoneId',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Change a milestone or record its delivery (not once accepted)',
        params: milestoneParamsSchema,
        body: updateMilestoneSchema,
        response: { 200: milestoneSchema },
      },
    },
    async (request) => {
      const c = await context(request);
      return presentMilestone(c, await updateMilestone(c, request.params.id, request.params.milestoneId, request.body));
    },
  );

  app.post(
    '/api/v1/contracts/:id/milestones/:milestoneId/acceptance',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Record the acceptance: accepted (final), rejected or partially accepted with reasons',
        params: milestoneParamsSchema,
        body: milestoneAcceptanceSchema,
        response: { 200: milestoneSchema },
      },
    },
    async (request) => {
      const c = await context(request);
      return presentMilestone(c, await acceptMilestone(c, request.params.id, request.params.milestoneId, request.body));
    },
  );

  app.delete(
    '/api/v1/contracts/:id/milestones/:milestoneId',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Delete a planned milestone (not accepted ones, nor ones with payments)',
        params: milestoneParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteMilestone(await context(request), request.params.id, request.params.milestoneId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/contracts/:id/payments',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Payments of a contract with paid and remaining amounts',
        params: contractIdParamsSchema,
        response: { 200: paymentListSchema },
      },
    },
    async (request) => {
      const c = await context(request);
      const contract = await readContract(c, request.params.id);
      const names = new Map((await listMilestones(c.db, contract.id)).map((m) => [m.id, m.name]));
      const paid = await paidOnContract(c.db, contract.id);
      return {
        items: await presentPayments(c.db, await listPayments(c.db, contract.id), contract.currency, names),
        amount: contract.amount,
        paid: fromCents(toCents(paid)),
        remaining: fromCents(toCents(contract.amount) - toCents(paid)),
        currency: contract.currency as Payment['currency'],
      };
    },
  );

  app.post(
    '/api/v1/contracts/:id/payments',
    {
      config: { permission: 'contracts:payments' },
      schema: {
        tags,
        summary: 'Record a payment (milestone accepted unless finance overrides; within the remaining amount)',
        params: contractIdParamsSchema,
        body: createPaymentSchema,
        response: { 201: paymentSchema },
      },
    },
    async (request, reply) => {
      const c = await context(request);
      const row = await recordPayment(c, request.params.id, request.body);
      return reply.status(201).send(await presentPayment(c, row.contractId, row.id));
    },
  );

  app.delete(
    '/api/v1/contracts/:id/payments/:paymentId',
    {
      config: { permission: 'contracts:payments' },
      schema: {
        tags,
        summary: 'Payments are never deleted: always 409 for an existing payment',
        params: paymentParamsSchema,
      },
    },
    async (request) => {
      await presentPayment(await context(request), request.params.id, request.params.paymentId);
      throw conflict('Recorded payments cannot be deleted.', 'payment_not_deletable');
    },
  );

  app.get(
    '/api/v1/contracts/:id/checks',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Execution checks of a contract, the check interval and when the next one is due',
        params: contractIdParamsSchema,
        response: { 200: checkListSchema },
      },
    },
    async (request) => {
      const c = await context(request);
      const contract = await readContract(c, request.params.id);
      const intervalMonths = (await checkIntervalMonths(c.db, contract.id)) ?? DEFAULT_CHECK_INTERVAL_MONTHS;
      return {
        items: await presentChecks(c.db, await listChecks(c.db, contract.id)),
        intervalMonths,
        nextDueOn: await nextCheckDue(c.db, contract.id, contract.startDate, intervalMonths),
        permissions: ledgerPermissions(c.actor).filter((p) => p === 'record-checks'),
      };
    },
  );

  app.post(
    '/api/v1/contracts/:id/checks',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Record an execution check',
        params: contractIdParamsSchema,
        body: createCheckSchema,
        response: { 201: checkSchema },
      },
    },
    async (request, reply) => {
      const c = await context(request);
      const row = await recordCheck(c, request.params.id, request.body);
      const [item] = await presentChecks(c.db, [(await findCheck(c.db, row.id)) ?? row]);
      return reply.status(201).send(item as NonNullable<typeof item>);
    },
  );

  app.put(
    '/api/v1/contracts/:id/check-schedule',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Set how often the contract is checked (months; monthly by default)',
        params: contractIdParamsSchema,
        body: checkScheduleSchema,
        response: { 200: checkScheduleSchema },
      },
    },
    async (request) => {
      await setCheckSchedule(await context(request), request.params.id, request.body);
      return { intervalMonths: request.body.intervalMonths };
    },
  );
}
