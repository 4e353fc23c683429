import type { RegisteredRoute } from '../platform/http/route-permission';

/** A well-formed but non-existent id, for calling routes with path parameters. */
export const ABSENT_ID = '01890000-0000-7000-8000-000000000000';

/** The route's URL with every path parameter filled in. */
export function sampleUrl(route: RegisteredRoute, value = ABSENT_ID): string {
  return route.url.replace(/:(\w+)/g, () => value).replace(/\*$/, 'x');
}

/** API routes a cross-route test should exercise (skips the docs UI assets and sign-out, which ends the session). */
export function apiRoutes(routes: RegisteredRoute[]): RegisteredRoute[] {
  return routes.filter((r) => r.url.startsWith('/api/v1') && !(r.method === 'POST' && r.url === '/api/v1/auth/logout'));
}
