import { contractSigningSchema, signContractSchema } from '@thirdline/shared/contracts/contract-archive.schemas';
import { contractIdParamsSchema } from '@thirdline/shared/contracts/contract.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { notFound } from '../../../platform/errors/problem';
import { findContract } from '../contracts.repository';
import { readableContract } from '../contracts.policy';
import { archiveContext } from './archive-context';
import { findSigning } from './archive.repository';
import { presentSigning } from './archive.presenter';
import { signContract } from './commands/sign-contract';

const tags = ['contracts'];

/** Signing (R5.3): sign an approved contract with the pre-sign vendor checks; read who signed and when. */
export function registerSigningRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/contracts/:id/sign',
    {
      config: { permission: 'contracts:sign' },
      schema: {
        tags,
        summary: 'Sign an approved contract (vendor checks → 422 unless a director overrides with a reason)',
        params: contractIdParamsSchema,
        body: signContractSchema,
        response: { 200: contractSigningSchema },
      },
    },
    async (request) => {
      const c = await archiveContext(request, ctx);
      const { contract, signing } = await signContract(c, request.params.id, request.body);
      return presentSigning(c.db, contract, signing);
    },
  );

  app.get(
    '/api/v1/contracts/:id/signing',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Who signed the contract, when, and any director override',
        params: contractIdParamsSchema,
        response: { 200: contractSigningSchema },
      },
    },
    async (request) => {
      const c = await archiveContext(request, ctx);
      const contract = readableContract(c.actor, await findContract(c.db, request.params.id));
      const signing = await findSigning(c.db, contract.id);
      if (!signing) throw notFound('The contract is not signed.');
      return presentSigning(c.db, contract, signing);
    },
  );
}
