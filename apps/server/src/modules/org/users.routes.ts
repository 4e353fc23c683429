import {
  createUserResponseSchema,
  createUserSchema,
  idParamsSchema,
  resetPasswordRequestSchema,
  resetPasswordResponseSchema,
  updateUserSchema,
  userExportQuerySchema,
  userListQuerySchema,
  userPageSchema,
  userSchema,
} from '@thirdline/shared/org/org.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors/problem';
import { createXlsx, sendXlsx } from '../../platform/http/xlsx';
import { createUser } from './commands/create-user';
import { resetPassword } from './commands/reset-password';
import { updateUser } from './commands/update-user';
import { EXPORT_ROW_LIMIT, pageOffset } from './list-query';
import { exportLanguage, userColumns } from './org.export';
import { presentUser } from './org.presenter';
import { commandContext, exportFileName, orgTimeZone } from './route-context';
import { findUserView, listUserViews } from './users.repository';

const tags = ['users'];

export function registerUserRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/users',
    {
      config: { permission: 'users:read' },
      schema: { tags, summary: 'List users', querystring: userListQuerySchema, response: { 200: userPageSchema } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const { rows, total } = await listUserViews(ctx.db, request.query, pageSize, pageOffset(page, pageSize));
      return { items: rows.map((u) => presentUser(actor, u)), total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/users/export',
    {
      config: { permission: 'users:read' },
      schema: { tags, summary: 'Export users (xlsx)', querystring: userExportQuerySchema },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const timeZone = await orgTimeZone(ctx);
      const { rows } = await listUserViews(ctx.db, request.query, EXPORT_ROW_LIMIT);
      const lang = exportLanguage(actor.locale);
      const body = await createXlsx(userColumns(lang, timeZone), rows, { sheetName: lang === 'zh' ? '用户' : 'Users' });
      return sendXlsx(reply, exportFileName('users', ctx.clock.now(), timeZone), body);
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: { permission: 'users:write' },
      schema: { tags, summary: 'Create a user', body: createUserSchema, response: { 201: createUserResponseSchema } },
    },
    async (request, reply) => {
      const c = commandContext(request, ctx);
      const { user, initialPassword } = await createUser(c, request.body);
      return reply.status(201).send({ ...presentUser(c.actor, user), ...(initialPassword ? { initialPassword } : {}) });
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { permission: 'users:read' },
      schema: { tags, summary: 'A user', params: idParamsSchema, response: { 200: userSchema } },
    },
    async (request) => {
      const user = await findUserView(ctx.db, request.params.id);
      if (!user) throw notFound('No such user.');
      return presentUser(requireActor(request), user);
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'users:write' },
      schema: {
        tags,
        summary: 'Change a user (active=false deactivates: sessions end, API tokens are revoked)',
        params: idParamsSchema,
        body: updateUserSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const c = commandContext(request, ctx);
      return presentUser(c.actor, await updateUser(c, request.params.id, request.body));
    },
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { permission: 'users:reset-password' },
      schema: {
        tags,
        summary: "Reset a user's password (they must change it at the next sign-in)",
        params: idParamsSchema,
        body: resetPasswordRequestSchema,
        response: { 200: resetPasswordResponseSchema },
      },
    },
    async (request) => resetPassword(commandContext(request, ctx), request.params.id, request.body),
  );
}
