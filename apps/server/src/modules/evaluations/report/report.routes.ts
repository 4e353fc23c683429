import { evaluationIdParamsSchema, reportQuerySchema } from '@thirdline/shared/evaluations/evaluations.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { conflict } from '../../../platform/errors/problem';
import { sendXlsx } from '../../../platform/http/xlsx';
import { contentDisposition } from '../../../platform/storage/content-disposition';
import { organisationTimeZone } from '../../org';
import { scoringClosed } from '../evaluations.policy';
import { commandContext, readableEvaluation } from '../route-context';
import { reportData } from './report-data';
import { renderReportPdf } from './report-pdf';
import { renderReportXlsx } from './report-xlsx';

/** The evaluation report (R4.2) as PDF (with the radar chart) or xlsx, once scoring is closed. */
export function registerReportRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/evaluations/:id/report',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['evaluations'],
        summary: 'The evaluation report: ?format=pdf (default) or xlsx',
        params: evaluationIdParamsSchema,
        querystring: reportQuerySchema,
        response: { 200: z.any().describe('application/pdf or xlsx') },
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      const { row } = await readableEvaluation(c, request.params.id);
      if (!scoringClosed(row)) {
        throw conflict('The report is available once the chair closes scoring.', 'scoring_not_closed', {
          status: row.status,
        });
      }
      const data = await reportData(ctx.db, row);
      if (request.query.format === 'xlsx') {
        return sendXlsx(reply, `评审报告-${row.reference}.xlsx`, await renderReportXlsx(data));
      }
      const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
      const when = (d: Date | null) =>
        d
          ? new Intl.DateTimeFormat('zh-CN', {
              timeZone,
              dateStyle: 'short',
              timeStyle: 'short',
              hourCycle: 'h23',
            }).format(d)
          : '—';
      const pdf = await renderReportPdf(data, when);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`评审报告-${row.reference}.pdf`))
        .send(pdf);
    },
  );
}
