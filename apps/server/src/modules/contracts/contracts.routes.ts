import { contractIdParamsSchema, contractSchema } from '@thirdline/shared/contracts/contract.schemas';
import { createContractSchema, updateContractSchema } from '@thirdline/shared/contracts/contracts.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { createContract } from './commands/create-contract';
import { updateContract } from './commands/update-contract';
import { readableContract } from './contracts.policy';
import { presentContract } from './contracts.presenter';
import { findContract } from './contracts.repository';
import { contractCommandContext } from './route-context';

const tags = ['contracts'];

/** The contract record itself: create a draft, read it, change it while it is a draft. */
export function registerContractRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/contracts',
    {
      config: { permission: 'contracts:write' },
      schema: { tags, summary: 'Draft a contract', body: createContractSchema, response: { 201: contractSchema } },
    },
    async (request, reply) => {
      const c = await contractCommandContext(request, ctx);
      const row = await createContract(c, request.body);
      return reply.status(201).send(await presentContract(ctx.db, c.actor, row));
    },
  );

  app.get(
    '/api/v1/contracts/:id',
    {
      // Callers without contracts:read get 404 from the policy, never a hint that the contract exists.
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'A contract', params: contractIdParamsSchema, response: { 200: contractSchema } },
    },
    async (request) => {
      const c = await contractCommandContext(request, ctx);
      const row = readableContract(c.actor, await findContract(ctx.db, request.params.id));
      return presentContract(ctx.db, c.actor, row);
    },
  );

  app.patch(
    '/api/v1/contracts/:id',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Change a draft contract (later changes go through a variation)',
        params: contractIdParamsSchema,
        body: updateContractSchema,
        response: { 200: contractSchema },
      },
    },
    async (request) => {
      const c = await contractCommandContext(request, ctx);
      const row = await updateContract(c, request.params.id, request.body);
      return presentContract(ctx.db, c.actor, row);
    },
  );
}
