import { contractIdParamsSchema } from '@thirdline/shared/contracts/contract.schemas';
import {
  checklistSchema,
  giveOpinionSchema,
  reviewActionResultSchema,
  reviewParamsSchema,
  reviewRoundsSchema,
  submitContractSchema,
  updateChecklistSchema,
  type ReviewActionResult,
} from '@thirdline/shared/contracts/drafting.schemas';
import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import type { Actor } from '../../../platform/auth/actor';
import { findContract } from '../contracts.repository';
import { readableContract } from '../contracts.policy';
import { ensureChecklist, presentChecklist } from './checklist';
import { giveOpinion } from './commands/give-opinion';
import { submitContract } from './commands/submit-contract';
import { updateChecklist } from './commands/update-checklist';
import { draftingContext } from './context';
import { presentReviewRounds } from './reviews.presenter';

const tags = ['contracts'];

/** The contract's state after a review action, with the round it concerned. */
async function actionResult(ctx: AppContext, actor: Actor, contractId: string, roundId: string) {
  const contract = readableContract(actor, await findContract(ctx.db, contractId));
  const rounds = await presentReviewRounds(ctx.db, actor, contractId);
  const result: ReviewActionResult = {
    contractId,
    status: contract.status as ContractStatus,
    version: contract.version,
    approvalId: contract.approvalId,
    round: rounds.find((r) => r.id === roundId) as ReviewActionResult['round'],
  };
  return result;
}

/** A contract's clause checklist, its submission for review and the review rounds (R5.1, R5.2). */
export function registerContractDraftingRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/contracts/:id/checklist',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'The contract’s clause checklist (created from the library when first read)',
        params: contractIdParamsSchema,
        response: { 200: checklistSchema },
      },
    },
    async (request) => {
      const c = draftingContext(request, ctx);
      const contract = readableContract(c.actor, await findContract(ctx.db, request.params.id));
      await ctx.db.transaction((tx) => ensureChecklist(tx, c.audit, contract));
      return presentChecklist(ctx.db, contract, c.actor.permissions.has('contracts:write'));
    },
  );

  app.put(
    '/api/v1/contracts/:id/checklist',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Record present / absent / not applicable (with the clause reference) for checklist items',
        params: contractIdParamsSchema,
        body: updateChecklistSchema,
        response: { 200: checklistSchema },
      },
    },
    async (request) => {
      const c = draftingContext(request, ctx);
      const contract = await updateChecklist(c, request.params.id, request.body);
      return presentChecklist(ctx.db, contract, true);
    },
  );

  app.post(
    '/api/v1/contracts/:id/submit',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Submit a draft for review by legal, finance, technical (and business) reviewers',
        params: contractIdParamsSchema,
        body: submitContractSchema,
        response: { 200: reviewActionResultSchema },
      },
    },
    async (request) => {
      const c = draftingContext(request, ctx);
      await submitContract(c, request.params.id, request.body);
      const [round] = (await presentReviewRounds(ctx.db, c.actor, request.params.id)).slice(-1);
      return actionResult(ctx, c.actor, request.params.id, round?.id ?? '');
    },
  );

  app.get(
    '/api/v1/contracts/:id/reviews',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Every review round of the contract with reviewers and opinions',
        params: contractIdParamsSchema,
        response: { 200: reviewRoundsSchema },
      },
    },
    async (request) => {
      const c = draftingContext(request, ctx);
      readableContract(c.actor, await findContract(ctx.db, request.params.id));
      return { rounds: await presentReviewRounds(ctx.db, c.actor, request.params.id) };
    },
  );

  app.post(
    '/api/v1/contracts/:id/reviews/:reviewId/opinion',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Give the assigned reviewer’s opinion: agree, agree with comments, or disagree',
        params: reviewParamsSchema,
        body: giveOpinionSchema,
        response: { 200: reviewActionResultSchema },
      },
    },
    async (request) => {
      const c = draftingContext(request, ctx);
      const review = await giveOpinion(c, request.params.id, request.params.reviewId, request.body);
      return actionResult(ctx, c.actor, request.params.id, review.roundId);
    },
  );
}
