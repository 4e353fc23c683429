import {
  createSavedFilterSchema,
  savedFilterArraySchema,
  savedFilterIdParamsSchema,
  savedFilterSchema,
  savedFiltersQuerySchema,
  type SavedFilter,
} from '@thirdline/shared/org/saved-filters.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/auth/actor';
import { deleteSavedFilter } from './commands/delete-saved-filter';
import { saveFilter } from './commands/save-filter';
import { commandContext } from './route-context';
import { listSavedFilters, type SavedFilterRow } from './saved-filters.repository';

const tags = ['me'];

const present = (r: SavedFilterRow): SavedFilter => ({
  id: r.id,
  list: r.list,
  name: r.name,
  query: r.query,
  createdAt: r.createdAt.toISOString(),
});

/** My saved list filters: every signed-in user keeps their own, nobody sees anybody else's. */
export function registerSavedFilterRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/me/saved-filters',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'My saved filters of one list',
        querystring: savedFiltersQuerySchema,
        response: { 200: savedFilterArraySchema },
      },
    },
    async (request) => {
      const rows = await listSavedFilters(ctx.db, requireActor(request).userId, request.query.list);
      return rows.map(present);
    },
  );

  app.post(
    '/api/v1/me/saved-filters',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: "Save a list's filters under a name",
        body: createSavedFilterSchema,
        response: { 201: savedFilterSchema },
      },
    },
    async (request, reply) => {
      const row = await saveFilter(commandContext(request, ctx), requireActor(request).userId, request.body);
      return reply.status(201).send(present(row));
    },
  );

  app.delete(
    '/api/v1/me/saved-filters/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Delete one of my saved filters',
        params: savedFilterIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteSavedFilter(commandContext(request, ctx), requireActor(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
