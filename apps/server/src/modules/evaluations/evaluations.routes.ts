import {
  createEvaluationSchema,
  evaluationIdParamsSchema,
  evaluationListQuerySchema,
  evaluationPageSchema,
  evaluationResultsSchema,
  evaluationSchema,
  evaluationVendorParamsSchema,
  panelSchema,
  recommendationSchema,
  setPanelSchema,
  updateEvaluationSchema,
  vendorNotesSchema,
  versionBodySchema,
} from '@thirdline/shared/evaluations/evaluations.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { conflict } from '../../platform/errors/problem';
import type { EvaluationCommandContext } from './commands/context';
import { closeScoring } from './commands/close-scoring';
import { editVendorNotes } from './commands/edit-vendor-notes';
import { recommendVendor } from './commands/recommend';
import { createEvaluation, updateEvaluation } from './commands/save-evaluation';
import { setPanel, startScoring } from './commands/set-panel';
import { evaluationResults } from './evaluation-results';
import { findEvaluation, listEvaluations, type EvaluationRow } from './evaluations.repository';
import { canReadAllEvaluations, scoringClosed } from './evaluations.policy';
import { presentEvaluations, presentPanel } from './evaluations.presenter';
import { commandContext, readableEvaluation } from './route-context';

const tags = ['evaluations'];
const params = evaluationIdParamsSchema;

/** Panel evaluations (R4.1–R4.3): set-up, panel, scoring state, results and the recommendation. */
export function registerEvaluationRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentOne = async (c: EvaluationCommandContext, row: EvaluationRow) => {
    const [item] = await presentEvaluations(ctx.db, c.actor, [row]);
    return item as NonNullable<typeof item>;
  };
  const reread = async (c: EvaluationCommandContext, id: string) => presentOne(c, (await findEvaluation(ctx.db, id))!);

  app.get(
    '/api/v1/evaluations',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Evaluations: every one for buyers and sourcing readers, otherwise those one chairs or sits on',
        querystring: evaluationListQuerySchema,
        response: { 200: evaluationPageSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const { page, pageSize, mine } = request.query;
      const memberId = mine || !canReadAllEvaluations(c.actor) ? c.actor.userId : null;
      const { rows, total } = await listEvaluations(ctx.db, request.query, { memberId });
      return { items: await presentEvaluations(ctx.db, c.actor, rows), total, page, pageSize };
    },
  );

  app.post(
    '/api/v1/evaluations',
    {
      config: { permission: 'evaluations:manage' },
      schema: {
        tags,
        summary: 'Create an evaluation (draft) on a template version',
        body: createEvaluationSchema,
        response: { 201: evaluationSchema },
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      return reply.code(201).send(await presentOne(c, await createEvaluation(c, request.body)));
    },
  );

  app.get(
    '/api/v1/evaluations/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'One evaluation', params, response: { 200: evaluationSchema } },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      return presentOne(c, (await readableEvaluation(c, request.params.id)).row);
    },
  );

  app.patch(
    '/api/v1/evaluations/:id',
    {
      config: { permission: 'evaluations:participate' },
      schema: {
        tags,
        summary: "Change a draft's settings (buyer or chair)",
        params,
        body: updateEvaluationSchema,
        response: { 200: evaluationSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      await readableEvaluation(c, request.params.id);
      return presentOne(c, await updateEvaluation(c, request.params.id, request.body));
    },
  );

  app.get(
    '/api/v1/evaluations/:id/panel',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'The panel: departments, declarations, progress (never the scores)',
        params,
        response: { 200: panelSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      return presentPanel(ctx.db, (await readableEvaluation(c, request.params.id)).row);
    },
  );

  app.put(
    '/api/v1/evaluations/:id/panel',
    {
      config: { permission: 'evaluations:participate' },
      schema: {
        tags,
        summary: 'Set the panel of a draft (at least the minimum number of departments, else 422)',
        params,
        body: setPanelSchema,
        response: { 200: panelSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      await readableEvaluation(c, request.params.id);
      return presentPanel(ctx.db, await setPanel(c, request.params.id, request.body));
    },
  );

  for (const [path, summary, command] of [
    ['start', 'Open scoring (panel complete, vendors present)', startScoring],
    ['close', 'The chair closes scoring once every sheet is submitted', closeScoring],
  ] as const) {
    app.post(
      `/api/v1/evaluations/:id/${path}`,
      {
        config: { permission: 'evaluations:participate' },
        schema: { tags, summary, params, body: versionBodySchema, response: { 200: evaluationSchema } },
      },
      async (request) => {
        const c = await commandContext(request, ctx);
        await readableEvaluation(c, request.params.id);
        return presentOne(c, await command(c, request.params.id, request.body));
      },
    );
  }

  app.get(
    '/api/v1/evaluations/:id/results',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Results once scoring is closed: totals, statistics, outliers, ranking (ties shown)',
        params,
        response: { 200: evaluationResultsSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const { row } = await readableEvaluation(c, request.params.id);
      if (!scoringClosed(row)) {
        throw conflict('Results are available once the chair closes scoring.', 'scoring_not_closed', {
          status: row.status,
        });
      }
      return evaluationResults(ctx.db, row);
    },
  );

  app.put(
    '/api/v1/evaluations/:id/vendors/:vendorId/notes',
    {
      config: { permission: 'evaluations:participate' },
      schema: {
        tags,
        summary: "Edit a vendor's strengths and weaknesses for the report",
        params: evaluationVendorParamsSchema,
        body: vendorNotesSchema,
        response: { 200: evaluationSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      await readableEvaluation(c, request.params.id);
      await editVendorNotes(c, request.params.id, request.params.vendorId, request.body);
      return reread(c, request.params.id);
    },
  );

  app.post(
    '/api/v1/evaluations/:id/recommendation',
    {
      config: { permission: 'evaluations:participate' },
      schema: {
        tags,
        summary: 'Recommend a vendor with a reason; goes to management (sourcing-award flow)',
        params,
        body: recommendationSchema,
        response: { 200: evaluationSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      await readableEvaluation(c, request.params.id);
      return presentOne(c, await recommendVendor(c, request.params.id, request.body));
    },
  );
}
