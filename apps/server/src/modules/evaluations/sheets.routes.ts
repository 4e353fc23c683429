import {
  declarationSchema,
  evaluationIdParamsSchema,
  panelSchema,
  reopenSheetSchema,
  saveScoresSchema,
  scoreSheetListSchema,
  scoreSheetSchema,
  sheetParamsSchema,
  versionBodySchema,
} from '@thirdline/shared/evaluations/evaluations.schemas';
import type { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { notFound } from '../../platform/errors/problem';
import type { EvaluationCommandContext } from './commands/context';
import { declareConflicts } from './commands/declare-conflicts';
import { reopenSheet } from './commands/reopen-sheet';
import { saveScores } from './commands/save-scores';
import { submitSheet } from './commands/submit-sheet';
import { canReadSheet } from './evaluations.policy';
import { presentPanel, presentSheets } from './evaluations.presenter';
import { commandContext, readableEvaluation } from './route-context';

const tags = ['evaluations'];
const params = sheetParamsSchema;

/**
 * Independent score sheets (R4.2): an evaluator reads and writes only their own sheet; nobody reads another's until
 * the chair closes scoring (404 before that).
 */
export function registerSheetRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentSheet = async (c: EvaluationCommandContext, evaluationId: string, sheetId: string) => {
    const { row, sheets } = await readableEvaluation(c, evaluationId);
    const sheet = sheets.find((s) => s.id === sheetId);
    if (!sheet || !canReadSheet(c.actor, row, sheet)) throw notFound('No such score sheet.');
    const [item] = await presentSheets(ctx.db, c.actor, row, [sheet]);
    return item as NonNullable<typeof item>;
  };

  app.get(
    '/api/v1/evaluations/:id/score-sheets',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: "The sheets the caller may read: their own; everybody's once scoring is closed",
        params: evaluationIdParamsSchema,
        response: { 200: scoreSheetListSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const { row, sheets } = await readableEvaluation(c, request.params.id);
      const visible = sheets.filter((s) => canReadSheet(c.actor, row, s));
      return { items: await presentSheets(ctx.db, c.actor, row, visible) };
    },
  );

  app.get(
    '/api/v1/evaluations/:id/score-sheets/:sheetId',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'One score sheet', params, response: { 200: scoreSheetSchema } },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      return presentSheet(c, request.params.id, request.params.sheetId);
    },
  );

  const write = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (c: EvaluationCommandContext, id: string, sheetId: string, input: z.output<B>) => Promise<unknown>,
    method: 'post' | 'put' = 'post',
  ) =>
    app[method](
      `/api/v1/evaluations/:id/score-sheets/:sheetId${path}`,
      {
        config: { permission: 'evaluations:participate' },
        schema: { tags, summary, params, body, response: { 200: scoreSheetSchema } },
      },
      async (request) => {
        const c = await commandContext(request, ctx);
        await run(c, request.params.id, request.params.sheetId, request.body as z.output<B>);
        return presentSheet(c, request.params.id, request.params.sheetId);
      },
    );

  write('', 'Save scores and comments on your own open sheet', saveScoresSchema, saveScores, 'put');
  write(
    '/declaration',
    'Declare your conflicts of interest (empty list: none); a conflict excludes you from that vendor',
    declarationSchema.extend({ version: versionBodySchema.shape.version }),
    declareConflicts,
  );
  write('/submit', 'Submit your complete sheet; it is locked from then on', versionBodySchema, submitSheet);

  app.post(
    '/api/v1/evaluations/:id/score-sheets/:sheetId/reopen',
    {
      config: { permission: 'evaluations:participate' },
      schema: {
        tags,
        summary: 'The chair reopens a submitted sheet with a reason (audited); answers the panel progress',
        params,
        body: reopenSheetSchema,
        response: { 200: panelSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const { row } = await readableEvaluation(c, request.params.id);
      await reopenSheet(c, request.params.id, request.params.sheetId, request.body);
      return presentPanel(ctx.db, row);
    },
  );
}
