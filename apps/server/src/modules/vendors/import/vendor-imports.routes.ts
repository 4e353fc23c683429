import multipart from '@fastify/multipart';
import {
  importCreatedSchema,
  importIdParamsSchema,
  importStatusSchema,
} from '@thirdline/shared/vendors/vendor-import.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { sendXlsx } from '../../../platform/http/xlsx';
import { requestLocale } from '../../../platform/i18n/locale';
import { requirePermission } from '../vendors.policy';
import { commandContext } from '../route-context';
import { commitImport, findOwnImport } from './commit-import';
import { errorsWorkbook } from './errors-workbook';
import { presentImport } from './import-presenter';
import { activeLabels } from '../lists/vendor-lists.repository';
import { importTemplate } from './import-template';
import { ImportTasks, readUpload, startImport } from './start-import';

const tags = ['vendors'];
/** Largest workbook one import takes. */
const MAX_WORKBOOK_MB = 20;

/**
 * Vendor import (R3): the template, upload → background validation → status → all-or-nothing commit.
 * A Fastify plugin body: it registers multipart parsing for its own routes only.
 */
export async function registerVendorImportRoutes(scope: FastifyInstance, ctx: AppContext) {
  const tasks = new ImportTasks();
  scope.addHook('onClose', () => tasks.idle());
  const maxBytes = Math.min(MAX_WORKBOOK_MB, ctx.env.MAX_UPLOAD_MB) * 1024 * 1024;
  await scope.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 100 },
  });
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/vendors/import-template',
    {
      config: { permission: 'vendors:import' },
      schema: { tags, summary: 'The vendor import template (xlsx with drop-downs and a help sheet)' },
    },
    async (_request, reply) =>
      sendXlsx(
        reply,
        '供应商导入模板.xlsx',
        await importTemplate({ type: await activeLabels(ctx.db, 'type'), tier: await activeLabels(ctx.db, 'tier') }),
      ),
  );

  app.post(
    '/api/v1/vendors/imports',
    {
      config: { permission: 'vendors:import' },
      schema: {
        tags,
        summary: 'Upload a vendor workbook (multipart "file"); its rows are checked in the background',
        consumes: ['multipart/form-data'],
        response: { 202: importCreatedSchema },
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      requirePermission(c.actor, 'vendors:import');
      const upload = await readUpload(() => request.file(), maxBytes);
      const id = await startImport(c, { db: ctx.db, clock: ctx.clock, tasks }, upload);
      return reply.status(202).send({ id });
    },
  );

  app.get(
    '/api/v1/vendors/imports/:id',
    {
      config: { permission: 'vendors:import' },
      schema: {
        tags,
        summary: 'An import’s status, progress and row errors',
        params: importIdParamsSchema,
        response: { 200: importStatusSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      return presentImport(await findOwnImport(c, request.params.id), requestLocale(request), ctx.clock.now());
    },
  );

  app.post(
    '/api/v1/vendors/imports/:id/commit',
    {
      config: { permission: 'vendors:import' },
      schema: {
        tags,
        summary: 'Create every vendor of a checked import, all or nothing',
        params: importIdParamsSchema,
        response: { 200: importStatusSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      await commitImport(c, request.params.id);
      return presentImport(await findOwnImport(c, request.params.id), requestLocale(request), ctx.clock.now());
    },
  );

  app.get(
    '/api/v1/vendors/imports/:id/errors.xlsx',
    {
      config: { permission: 'vendors:import' },
      schema: { tags, summary: 'The uploaded workbook with an error column', params: importIdParamsSchema },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      const imported = await findOwnImport(c, request.params.id);
      const body = await errorsWorkbook(imported, requestLocale(request));
      const base = imported.fileName.replace(/\.xlsx$/i, '');
      return sendXlsx(reply, `${base}-errors.xlsx`, body);
    },
  );
}
