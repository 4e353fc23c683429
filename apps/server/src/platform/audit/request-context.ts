import type { FastifyRequest } from 'fastify';
import type { Clock } from '../calendar/clock';
import type { AuditContext } from './audit';

/** The audit context of an HTTP request: the signed-in actor, request id and client address. */
export function auditContextOf(request: FastifyRequest, clock: Clock): AuditContext {
  return {
    actorId: request.actor?.userId ?? null,
    actorName: request.actor?.username ?? null,
    requestId: request.id,
    ip: request.ip ?? null,
    at: clock.now(),
  };
}

/** The audit context of work the system does by itself (start-up, jobs). */
export function systemAuditContext(clock: Clock, what: string): AuditContext {
  return { actorId: null, actorName: `system:${what}`, requestId: null, ip: null, at: clock.now() };
}
