import {
  addCandidateSchema,
  candidateSchema,
  candidatesResponseSchema,
  proposalSchema,
  recordProposalSchema,
} from '@thirdline/shared/sourcing/candidates.schemas';
import { sourcingRequestIdParamsSchema } from '@thirdline/shared/sourcing/sourcing.schemas';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import type { Executor } from '../../db/client';
import { notFound } from '../../platform/errors/problem';
import { addCandidate } from './commands/add-candidate';
import { sourcingContext } from './commands/context';
import { recordProposal } from './commands/record-proposal';
import { candidatesOf, proposalsOf } from './candidates.repository';
import { findSourcingRequest } from './sourcing.repository';
import { presentCandidates } from './sourcing.presenter';

const tags = ['sourcing'];
const params = sourcingRequestIdParamsSchema;

/** Every candidate of a request with its proposals. */
async function candidatesWithProposals(db: Executor, requestId: string) {
  const candidates = await candidatesOf(db, requestId);
  return presentCandidates(
    db,
    candidates,
    await proposalsOf(
      db,
      candidates.map((c) => c.id),
    ),
  );
}

/** Candidate vendors, their invitations (response deadline) and proposals (late ones flagged). */
export function registerSourcingCandidateRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const requireRequest = async (id: string) => {
    if (!(await findSourcingRequest(ctx.db, id))) throw notFound('No such sourcing request.');
  };

  app.get(
    '/api/v1/sourcing-requests/:id/candidates',
    {
      config: { permission: 'sourcing:read' },
      schema: { tags, summary: 'Candidates with their proposals', params, response: { 200: candidatesResponseSchema } },
    },
    async (request) => {
      await requireRequest(request.params.id);
      return { items: await candidatesWithProposals(ctx.db, request.params.id) };
    },
  );

  app.post(
    '/api/v1/sourcing-requests/:id/candidates',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: 'Invite a registry vendor with a response deadline (request in sourcing)',
        params,
        body: addCandidateSchema,
        response: { 201: candidateSchema },
      },
    },
    async (request, reply) => {
      const c = await sourcingContext(request, ctx);
      const row = await addCandidate(c, request.params.id, request.body);
      const [item] = await presentCandidates(ctx.db, [row], []);
      return reply.code(201).send(item as NonNullable<typeof item>);
    },
  );

  app.get(
    '/api/v1/sourcing-requests/:id/proposals',
    {
      config: { permission: 'sourcing:read' },
      schema: {
        tags,
        summary: 'Every proposal received',
        params,
        response: { 200: z.object({ items: z.array(proposalSchema) }) },
      },
    },
    async (request) => {
      await requireRequest(request.params.id);
      const candidates = await candidatesWithProposals(ctx.db, request.params.id);
      return { items: candidates.flatMap((c) => c.proposals) };
    },
  );

  app.post(
    '/api/v1/sourcing-requests/:id/proposals',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: "Record a candidate's proposal (late when received after the deadline's day)",
        params,
        body: recordProposalSchema,
        response: { 201: proposalSchema },
      },
    },
    async (request, reply) => {
      const c = await sourcingContext(request, ctx);
      const row = await recordProposal(c, request.params.id, request.body);
      const candidates = await candidatesWithProposals(ctx.db, request.params.id);
      const proposal = candidates.flatMap((x) => x.proposals).find((p) => p.id === row.id);
      return reply.code(201).send(proposal as NonNullable<typeof proposal>);
    },
  );
}
