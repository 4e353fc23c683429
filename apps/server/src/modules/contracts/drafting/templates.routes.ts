import {
  contractTemplateDetailSchema,
  createContractTemplateSchema,
  templateIdParamsSchema,
  templateListQuerySchema,
  templatePageSchema,
  templateVersionParamsSchema,
  templateVersionSchema,
  updateContractTemplateSchema,
} from '@thirdline/shared/contracts/drafting.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/auth/actor';
import { notFound } from '../../../platform/errors/problem';
import { userDisplayNames } from '../../org';
import { createTemplate, updateTemplate } from './commands/save-template';
import { draftingContext } from './context';
import { presentTemplateDetail, presentTemplates, presentVersion } from './templates.presenter';
import { findTemplate, findTemplateVersion, listTemplates } from './templates.repository';

const tags = ['contracts'];

/** Standard contract texts (R5.8): versioned; every save makes a new version and keeps the old ones. */
export function registerTemplateRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/contract-templates',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Standard contract texts',
        querystring: templateListQuerySchema,
        response: { 200: templatePageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listTemplates(ctx.db, request.query);
      const items = await presentTemplates(ctx.db, requireActor(request), rows);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/v1/contract-templates',
    {
      config: { permission: 'clauses:manage' },
      schema: {
        tags,
        summary: 'Add a standard contract text (version 1)',
        body: createContractTemplateSchema,
        response: { 201: contractTemplateDetailSchema },
      },
    },
    async (request, reply) => {
      const c = draftingContext(request, ctx);
      const row = await createTemplate(c, request.body);
      return reply.code(201).send(await presentTemplateDetail(ctx.db, c.actor, row));
    },
  );

  app.get(
    '/api/v1/contract-templates/:templateId',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'A standard contract text: its current version and the list of all versions',
        params: templateIdParamsSchema,
        response: { 200: contractTemplateDetailSchema },
      },
    },
    async (request) => {
      const row = await findTemplate(ctx.db, request.params.templateId);
      if (!row) throw notFound('No such template.');
      return presentTemplateDetail(ctx.db, requireActor(request), row);
    },
  );

  app.put(
    '/api/v1/contract-templates/:templateId',
    {
      config: { permission: 'clauses:manage' },
      schema: {
        tags,
        summary: 'Save a standard contract text as its next version',
        params: templateIdParamsSchema,
        body: updateContractTemplateSchema,
        response: { 200: contractTemplateDetailSchema },
      },
    },
    async (request) => {
      const c = draftingContext(request, ctx);
      const row = await updateTemplate(c, request.params.templateId, request.body);
      return presentTemplateDetail(ctx.db, c.actor, row);
    },
  );

  app.get(
    '/api/v1/contract-templates/:templateId/versions/:version',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'One version of a standard contract text (old versions are kept)',
        params: templateVersionParamsSchema,
        response: { 200: templateVersionSchema },
      },
    },
    async (request) => {
      const row = await findTemplateVersion(ctx.db, request.params.templateId, request.params.version);
      if (!row) throw notFound('No such template version.');
      return presentVersion(row, await userDisplayNames(ctx.db, row.createdBy ? [row.createdBy] : []));
    },
  );
}
