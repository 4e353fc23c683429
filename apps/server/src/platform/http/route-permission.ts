import type { Permission } from '@thirdline/shared/rbac/permissions';
import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * What a route demands of its caller. Every route must declare one (DESIGN.md, authorisation):
 * `public` (no sign-in), `authenticated` (any signed-in user), or a catalogue permission.
 */
export type RoutePermission = Permission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  permission: RoutePermission | undefined;
  /** The route's request schemas (zod), for cross-route tests that generate requests. */
  schema: { body?: unknown; querystring?: unknown; params?: unknown } | undefined;
}

/** Paths served by plugins (docs UI assets, static web app) that are public by nature. */
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs'];

/**
 * Records every route and refuses to start when an `/api` route declares no permission,
 * so a forgotten declaration fails the first test run rather than opening a hole.
 */
export function trackRoutePermissions(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const permission = route.config?.permission;
    const isPluginPublic = PLUGIN_PUBLIC_PREFIXES.some((p) => route.url.startsWith(p));
    if (!permission && route.url.startsWith('/api') && !isPluginPublic) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no permission`);
    }
    if (permission && route.url.startsWith('/api/v1')) documentPermission(route, permission);
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        permission: permission ?? (isPluginPublic ? 'public' : undefined),
        schema: route.schema as RegisteredRoute['schema'],
      });
    }
  });
  return routes;
}

/** Puts the route's security and permission into its OpenAPI operation. */
function documentPermission(route: RouteOptions, permission: RoutePermission) {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const note =
    permission === 'public'
      ? 'Public.'
      : permission === 'authenticated'
        ? 'Any signed-in user.'
        : `Requires permission \`${permission}\`.`;
  route.schema = {
    ...schema,
    security: permission === 'public' ? [] : [{ session: [] }, { bearer: [] }],
    description: [schema.description, note].filter(Boolean).join('\n\n'),
    'x-permission': permission,
  } as RouteOptions['schema'];
}
