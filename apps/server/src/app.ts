import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './app-context';
import { bootstrapOrganisation, orgUserStore, registerOrgRoutes } from './modules/org';
import { authSettings } from './platform/auth/auth-config';
import { registerAuthRoutes } from './platform/auth/auth.routes';
import { registerAuthGuard } from './platform/auth/guard';
import { registerErrorHandling } from './platform/errors/error-handler';
import { registerHealthRoutes } from './platform/http/health.routes';
import { registerHttpPlugins } from './platform/http/plugins';
import { trackRoutePermissions, type RegisteredRoute } from './platform/http/route-permission';
import { hasWebApp, registerWebApp } from './platform/http/web-app';

export { bootstrapOrganisation };

export interface BuiltApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
}

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from this directory when it exists. */
  webDist?: string;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<BuiltApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes = trackRoutePermissions(app);
  const serveWeb = hasWebApp(options.webDist);
  registerErrorHandling(app, { spaFallback: serveWeb });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerHttpPlugins(app, ctx);
  registerHealthRoutes(app, ctx.database);

  const auth = { db: ctx.db, clock: ctx.clock, users: orgUserStore, settings: authSettings(ctx.env) };
  registerAuthGuard(app, auth);
  registerAuthRoutes(app, auth);
  registerOrgRoutes(app, ctx);

  if (serveWeb) await registerWebApp(app, options.webDist as string);
  await app.ready();
  return { app, routes };
}
