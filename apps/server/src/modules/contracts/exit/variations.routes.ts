import {
  createRenewalDecisionSchema,
  createVariationSchema,
  exitItemParamsSchema,
  renewalDecisionSchema,
  renewalOverviewSchema,
  variationListSchema,
  variationOpinionSchema,
  variationSchema,
  type RenewalDecision,
  type Variation,
} from '@thirdline/shared/contracts/contract-exit.schemas';
import { contractIdParamsSchema } from '@thirdline/shared/contracts/contract.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { addDays, toDayNumber } from '../../../platform/calendar/iso-date';
import { findContract } from '../contracts.repository';
import { readableContract } from '../contracts.policy';
import type { ExitCommandContext } from './commands/context';
import { decideRenewal } from './commands/decide-renewal';
import { giveVariationOpinion } from './commands/give-variation-opinion';
import { requestVariation } from './commands/request-variation';
import { exitPermissions } from './exit.policy';
import { presentRenewalDecisions, presentVariations } from './exit.presenter';
import { exitCommandContext, exitTags as tags } from './route-context';
import { listRenewalDecisions, listVariations, type VariationRow } from './variations.repository';

/** Variations (R5.5) and renewal decisions of a contract. */
export function registerVariationRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentOne = async (c: ExitCommandContext, row: VariationRow) =>
    (await presentVariations(ctx.db, c.actor, [row]))[0] as Variation;

  app.get(
    '/api/v1/contracts/:id/variations',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: "A contract's variation requests and supplementary agreements, with before/after terms",
        params: contractIdParamsSchema,
        response: { 200: variationListSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      readableContract(c.actor, await findContract(ctx.db, request.params.id));
      return { items: await presentVariations(ctx.db, c.actor, await listVariations(ctx.db, request.params.id)) };
    },
  );

  app.post(
    '/api/v1/contracts/:id/variations',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Request a variation (reason, content, impact, new amount/dates); legal and finance give opinions',
        params: contractIdParamsSchema,
        body: createVariationSchema,
        response: { 201: variationSchema },
      },
    },
    async (request, reply) => {
      const c = await exitCommandContext(request, ctx);
      const row = await requestVariation(c, request.params.id, request.body);
      return reply.code(201).send(await presentOne(c, row));
    },
  );

  app.post(
    '/api/v1/contracts/:id/variations/:itemId/opinions',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'The legal or finance opinion on a variation; both agreeing starts the contract-variation approval',
        params: exitItemParamsSchema,
        body: variationOpinionSchema,
        response: { 200: variationSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      const { id, itemId } = request.params;
      return presentOne(c, await giveVariationOpinion(c, id, itemId, request.body));
    },
  );

  app.get(
    '/api/v1/contracts/:id/renewal-decisions',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'End date, notice deadline and the renewal decisions taken on a contract',
        params: contractIdParamsSchema,
        response: { 200: renewalOverviewSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      const contract = readableContract(c.actor, await findContract(ctx.db, request.params.id));
      const noticeDeadline = addDays(contract.endDate, -contract.noticePeriodDays);
      const today = toDayNumber(c.today);
      return {
        endDate: contract.endDate,
        noticeDeadline,
        autoRenewal: contract.autoRenewal,
        daysToEnd: toDayNumber(contract.endDate) - today,
        daysToNoticeDeadline: toDayNumber(noticeDeadline) - today,
        items: await presentRenewalDecisions(ctx.db, await listRenewalDecisions(ctx.db, contract.id)),
        permissions: exitPermissions(c.actor, contract).includes('decide-renewal') ? ['decide'] : [],
      };
    },
  );

  app.post(
    '/api/v1/contracts/:id/renewal-decisions',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Decide on renewal (renew / renegotiate / re-tender / let expire) with a reason; goes to approval',
        params: contractIdParamsSchema,
        body: createRenewalDecisionSchema,
        response: { 201: renewalDecisionSchema },
      },
    },
    async (request, reply) => {
      const c = await exitCommandContext(request, ctx);
      const row = await decideRenewal(c, request.params.id, request.body);
      const [item] = await presentRenewalDecisions(ctx.db, [row]);
      return reply.code(201).send(item as RenewalDecision);
    },
  );
}
