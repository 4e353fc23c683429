import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app-context';
import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import { auditContextOf } from '../../../platform/audit/request-context';
import { requireActor, type Actor } from '../../../platform/auth/actor';

/** What every drafting command is given: the database, the signed-in caller and the audit context. */
export interface DraftingContext {
  db: Db;
  actor: Actor;
  audit: AuditContext;
}

export function draftingContext(request: FastifyRequest, ctx: AppContext): DraftingContext {
  return { db: ctx.db, actor: requireActor(request), audit: auditContextOf(request, ctx.clock) };
}

/** The caller's language for texts the server picks (zh-CN unless they chose en-US). */
export const isEnglish = (actor: Actor) => actor.locale === 'en-US';
