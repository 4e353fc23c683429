import {
  createEvaluationTemplateSchema,
  evaluationTemplateIdParamsSchema,
  evaluationTemplateListQuerySchema,
  evaluationTemplateListSchema,
  evaluationTemplateSchema,
  evaluationTemplateVersionParamsSchema,
  evaluationTemplateVersionsSchema,
  updateEvaluationTemplateSchema,
} from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { auditContextOf } from '../../../platform/audit/request-context';
import { requireActor } from '../../../platform/auth/actor';
import { notFound } from '../../../platform/errors/problem';
import { createTemplate, updateTemplate } from './save-template';
import { canReadTemplates, presentTemplate, presentTemplateVersion } from './templates.presenter';
import { findTemplate, findTemplateVersion, listTemplates, listTemplateVersions } from './templates.repository';

const tags = ['evaluations'];

/** Evaluation templates (R4.1): weighted criteria by dimension, versioned. */
export function registerTemplateRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/evaluation-templates',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Evaluation templates (current versions)',
        querystring: evaluationTemplateListQuerySchema,
        response: { 200: evaluationTemplateListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canReadTemplates(actor)) return { items: [] };
      const rows = await listTemplates(ctx.db, request.query);
      return { items: rows.map((r) => presentTemplate(actor, r)) };
    },
  );

  app.post(
    '/api/v1/evaluation-templates',
    {
      config: { permission: 'evaluation-templates:manage' },
      schema: {
        tags,
        summary: 'Create an evaluation template (weights sum to exactly 100)',
        body: createEvaluationTemplateSchema,
        response: { 201: evaluationTemplateSchema },
      },
    },
    async (request, reply) => {
      const audit = auditContextOf(request, ctx.clock);
      const row = await ctx.db.transaction((tx) => createTemplate(tx, audit, request.body));
      return reply.code(201).send(presentTemplate(requireActor(request), row));
    },
  );

  app.get(
    '/api/v1/evaluation-templates/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'One evaluation template (current version)',
        params: evaluationTemplateIdParamsSchema,
        response: { 200: evaluationTemplateSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = canReadTemplates(actor) ? await findTemplate(ctx.db, request.params.id) : undefined;
      if (!row) throw notFound('No such evaluation template.');
      return presentTemplate(actor, row);
    },
  );

  app.put(
    '/api/v1/evaluation-templates/:id',
    {
      config: { permission: 'evaluation-templates:manage' },
      schema: {
        tags,
        summary: 'Edit a template: makes version n+1; evaluations keep the version they use',
        params: evaluationTemplateIdParamsSchema,
        body: updateEvaluationTemplateSchema,
        response: { 200: evaluationTemplateSchema },
      },
    },
    async (request) => {
      const audit = auditContextOf(request, ctx.clock);
      const row = await updateTemplate(ctx.db, audit, request.params.id, request.body);
      return presentTemplate(requireActor(request), row);
    },
  );

  app.get(
    '/api/v1/evaluation-templates/:id/versions',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Every version of a template, oldest first',
        params: evaluationTemplateIdParamsSchema,
        response: { 200: evaluationTemplateVersionsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = canReadTemplates(actor) ? await findTemplate(ctx.db, request.params.id) : undefined;
      if (!row) throw notFound('No such evaluation template.');
      const versions = await listTemplateVersions(ctx.db, row.id);
      return { items: versions.map((v) => ({ ...presentTemplateVersion(v, row.id), code: row.code })) };
    },
  );

  app.get(
    '/api/v1/evaluation-templates/:id/versions/:version',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'One version of a template',
        params: evaluationTemplateVersionParamsSchema,
        response: { 200: evaluationTemplateVersionsSchema.shape.items.element },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = canReadTemplates(actor) ? await findTemplate(ctx.db, request.params.id) : undefined;
      const version = row ? await findTemplateVersion(ctx.db, row.id, request.params.version) : undefined;
      if (!row || !version) throw notFound('No such evaluation template version.');
      return { ...presentTemplateVersion(version, row.id), code: row.code };
    },
  );
}
