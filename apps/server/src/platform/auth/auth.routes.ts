import { loginRequestSchema, loginResponseSchema, meResponseSchema } from '@thirdline/shared/auth/auth.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import { auditContextOf } from '../audit/request-context';
import { requireActor } from './actor';
import { SESSION_COOKIE } from './auth-config';
import type { GuardDeps } from './guard';
import { login } from './login';
import { closeSession } from './sessions';
import { presentMe, sessionUser } from './me.presenter';

export function registerAuthRoutes(root: FastifyInstance, deps: GuardDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      schema: { tags: ['auth'], summary: 'Sign in', body: loginRequestSchema, response: { 200: loginResponseSchema } },
    },
    async (request, reply) => {
      const { user, session } = await login(
        deps,
        {
          username: request.body.username,
          password: request.body.password,
          userAgent: request.headers['user-agent'] ?? null,
          previousSessionToken: request.cookies[SESSION_COOKIE],
        },
        auditContextOf(request, deps.clock),
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.settings.secureCookie,
        expires: session.expiresAt,
      });
      return { user: sessionUser(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.sessionId) {
        await deps.db.transaction(async (tx) => {
          await closeSession(tx, actor.sessionId as string);
          await recordAudit(tx, auditContextOf(request, deps.clock), {
            action: 'auth.logout',
            recordType: 'user',
            recordId: actor.userId,
          });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: meResponseSchema } },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentMe({ ...actor, id: actor.userId }, actor, request.actorCsrf);
    },
  );
}
