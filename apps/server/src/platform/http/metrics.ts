import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { notFound, unauthorized } from '../errors/problem';

/**
 * Prometheus metrics at `/metrics` (outside /api): process defaults plus request durations by method, route
 * pattern and status. Disabled (404) unless METRICS_TOKEN is set; then the scraper sends `Authorization: Bearer
 * <METRICS_TOKEN>`. The route is declared public for the guard and checks its own token (it is not an API token).
 */
export function registerMetrics(app: FastifyInstance, metricsToken: string | undefined) {
  if (!metricsToken) {
    app.get('/metrics', { config: { permission: 'public' }, schema: { hide: true } }, async () => {
      throw notFound('Metrics are disabled. Set METRICS_TOKEN to enable them.');
    });
    return;
  }

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        // The pattern, never the raw path: ids and unknown paths must not create new series.
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const expected = digest(`Bearer ${metricsToken}`);
  app.get('/metrics', { config: { permission: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const sent = digest(request.headers.authorization ?? '');
    if (!timingSafeEqual(sent, expected)) {
      const problem = unauthorized(
        'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".',
        'metrics_token_required',
      );
      problem.headers['www-authenticate'] = 'Bearer realm="metrics"';
      throw problem;
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

/** Fixed-length digests so the comparison takes the same time whatever was sent. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
