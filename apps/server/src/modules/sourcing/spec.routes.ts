import { diffRequirements } from '@thirdline/shared/sourcing/requirements-diff';
import {
  confirmScopeSchema,
  requirementDiffQuerySchema,
  requirementDiffSchema,
  requirementVersionParamsSchema,
  requirementVersionSchema,
  requirementVersionsSchema,
  saveRequirementsSchema,
  saveScopeSchema,
  scopeResponseSchema,
  scopeSchema,
} from '@thirdline/shared/sourcing/requirements.schemas';
import { sourcingRequestIdParamsSchema } from '@thirdline/shared/sourcing/sourcing.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import type { Db } from '../../db/client';
import { notFound } from '../../platform/errors/problem';
import { confirmRequirements, confirmScope } from './commands/confirm-spec';
import { sourcingContext } from './commands/context';
import { saveRequirements } from './commands/save-requirements';
import { saveScope } from './commands/save-scope';
import {
  findRequirementVersion,
  findScope,
  requirementVersionsOf,
  type RequirementVersionRow,
} from './spec.repository';
import { findSourcingRequest } from './sourcing.repository';
import { presentRequirementVersions, presentScope } from './sourcing.presenter';

const tags = ['sourcing'];
const params = sourcingRequestIdParamsSchema;

async function requireRequest(db: Db, id: string) {
  const row = await findSourcingRequest(db, id);
  if (!row) throw notFound('No such sourcing request.');
  return row;
}

/** Requirement specification versions with their diff (R2.3), and the scope statement with its WBS (R2.4). */
export function registerSourcingSpecRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentVersion = async (row: RequirementVersionRow) =>
    (await presentRequirementVersions(ctx.db, [row]))[0] as NonNullable<
      Awaited<ReturnType<typeof presentRequirementVersions>>[number]
    >;

  app.get(
    '/api/v1/sourcing-requests/:id/requirements',
    {
      config: { permission: 'sourcing:read' },
      schema: {
        tags,
        summary: 'Every requirement version, oldest first',
        params,
        response: { 200: requirementVersionsSchema },
      },
    },
    async (request) => {
      await requireRequest(ctx.db, request.params.id);
      return {
        versions: await presentRequirementVersions(ctx.db, await requirementVersionsOf(ctx.db, request.params.id)),
      };
    },
  );

  app.put(
    '/api/v1/sourcing-requests/:id/requirements',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: 'Save the requirement list as the next version (basedOn = the latest version read)',
        params,
        body: saveRequirementsSchema,
        response: { 201: requirementVersionSchema },
      },
    },
    async (request, reply) => {
      const c = await sourcingContext(request, ctx);
      return reply.code(201).send(await presentVersion(await saveRequirements(c, request.params.id, request.body)));
    },
  );

  app.get(
    '/api/v1/sourcing-requests/:id/requirements/diff',
    {
      config: { permission: 'sourcing:read' },
      schema: {
        tags,
        summary: 'What changed between two requirement versions',
        params,
        querystring: requirementDiffQuerySchema,
        response: { 200: requirementDiffSchema },
      },
    },
    async (request) => {
      await requireRequest(ctx.db, request.params.id);
      const [from, to] = await Promise.all([
        findRequirementVersion(ctx.db, request.params.id, request.query.from),
        findRequirementVersion(ctx.db, request.params.id, request.query.to),
      ]);
      if (!from || !to) throw notFound('No such requirement version.');
      return diffRequirements(from, to);
    },
  );

  app.post(
    '/api/v1/sourcing-requests/:id/requirements/:number/confirm',
    {
      config: { permission: 'sourcing:read' },
      schema: {
        tags,
        summary: 'The requesting department head confirms the latest requirement version',
        params: requirementVersionParamsSchema,
        response: { 200: requirementVersionSchema },
      },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      return presentVersion(await confirmRequirements(c, request.params.id, request.params.number));
    },
  );

  app.get(
    '/api/v1/sourcing-requests/:id/scope',
    {
      config: { permission: 'sourcing:read' },
      schema: {
        tags,
        summary: 'The scope statement and WBS (null before one is written)',
        params,
        response: { 200: scopeResponseSchema },
      },
    },
    async (request) => {
      await requireRequest(ctx.db, request.params.id);
      const row = await findScope(ctx.db, request.params.id);
      return { scope: row ? await presentScope(ctx.db, row) : null };
    },
  );

  app.put(
    '/api/v1/sourcing-requests/:id/scope',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: 'Write the scope statement and WBS (an owner per node); clears an earlier confirmation',
        params,
        body: saveScopeSchema,
        response: { 200: scopeSchema },
      },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      return presentScope(ctx.db, await saveScope(c, request.params.id, request.body));
    },
  );

  app.post(
    '/api/v1/sourcing-requests/:id/scope/confirm',
    {
      config: { permission: 'sourcing:read' },
      schema: {
        tags,
        summary: 'The requesting department head confirms the scope statement',
        params,
        body: confirmScopeSchema,
        response: { 200: scopeSchema },
      },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      return presentScope(ctx.db, await confirmScope(c, request.params.id, request.body.version));
    },
  );
}
