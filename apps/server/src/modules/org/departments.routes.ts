import {
  createDepartmentSchema,
  departmentExportQuerySchema,
  departmentListQuerySchema,
  departmentPageSchema,
  departmentSchema,
  departmentTreeSchema,
  idParamsSchema,
  updateDepartmentSchema,
} from '@thirdline/shared/org/org.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors/problem';
import { createXlsx, sendXlsx } from '../../platform/http/xlsx';
import { createDepartment } from './commands/create-department';
import { updateDepartment } from './commands/update-department';
import { allDepartmentViews, findDepartmentView, listDepartmentViews } from './departments.repository';
import { EXPORT_ROW_LIMIT, pageOffset } from './list-query';
import { departmentColumns, exportLanguage } from './org.export';
import { presentDepartment, presentDepartmentTree } from './org.presenter';
import { commandContext, exportFileName, orgTimeZone } from './route-context';

const tags = ['departments'];

export function registerDepartmentRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/departments',
    {
      config: { permission: 'departments:read' },
      schema: {
        tags,
        summary: 'List departments',
        querystring: departmentListQuerySchema,
        response: { 200: departmentPageSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const { rows, total } = await listDepartmentViews(ctx.db, request.query, pageSize, pageOffset(page, pageSize));
      return { items: rows.map((d) => presentDepartment(actor, d)), total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/departments/tree',
    {
      config: { permission: 'departments:read' },
      schema: { tags, summary: 'The department tree', response: { 200: departmentTreeSchema } },
    },
    async (request) => presentDepartmentTree(requireActor(request), await allDepartmentViews(ctx.db)),
  );

  app.get(
    '/api/v1/departments/export',
    {
      config: { permission: 'departments:read' },
      schema: { tags, summary: 'Export departments (xlsx)', querystring: departmentExportQuerySchema },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const timeZone = await orgTimeZone(ctx);
      const { rows } = await listDepartmentViews(ctx.db, request.query, EXPORT_ROW_LIMIT);
      const lang = exportLanguage(actor.locale);
      const body = await createXlsx(departmentColumns(lang, timeZone), rows, {
        sheetName: lang === 'zh' ? '部门' : 'Departments',
      });
      return sendXlsx(reply, exportFileName('departments', ctx.clock.now(), timeZone), body);
    },
  );

  app.post(
    '/api/v1/departments',
    {
      config: { permission: 'departments:write' },
      schema: {
        tags,
        summary: 'Create a department',
        body: createDepartmentSchema,
        response: { 201: departmentSchema },
      },
    },
    async (request, reply) => {
      const c = commandContext(request, ctx);
      const created = await createDepartment(c, request.body);
      return reply.status(201).send(presentDepartment(c.actor, created));
    },
  );

  app.get(
    '/api/v1/departments/:id',
    {
      config: { permission: 'departments:read' },
      schema: { tags, summary: 'A department', params: idParamsSchema, response: { 200: departmentSchema } },
    },
    async (request) => {
      const department = await findDepartmentView(ctx.db, request.params.id);
      if (!department) throw notFound('No such department.');
      return presentDepartment(requireActor(request), department);
    },
  );

  app.patch(
    '/api/v1/departments/:id',
    {
      config: { permission: 'departments:write' },
      schema: {
        tags,
        summary: 'Change a department',
        params: idParamsSchema,
        body: updateDepartmentSchema,
        response: { 200: departmentSchema },
      },
    },
    async (request) => {
      const c = commandContext(request, ctx);
      return presentDepartment(c.actor, await updateDepartment(c, request.params.id, request.body));
    },
  );
}
