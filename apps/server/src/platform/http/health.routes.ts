import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client';
import { HttpProblem } from '../errors/problem';

export function registerHealthRoutes(app: FastifyInstance, database: Database) {
  app.get('/healthz', { config: { permission: 'public' } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { config: { permission: 'public' } }, async (request) => {
    try {
      await database.checkReady();
    } catch (err) {
      request.log.warn({ err }, 'not ready');
      throw new HttpProblem({
        status: 503,
        title: 'Service Unavailable',
        detail: 'The database is not reachable or not migrated.',
        code: 'not_ready',
      });
    }
    return { status: 'ready', database: database.kind };
  });
}
