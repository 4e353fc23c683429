import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/auth/actor';
import { activeGrantFor } from './archive.repository';

/** Why an open is allowed: the director's archive permission, or an unexpired grant. */
export type OpenRight = { via: 'director'; grantId: null } | { via: 'grant'; grantId: string };

/**
 * Who may open a contract's documents (R5.7): holders of `contracts:archive` (the director), and users given a
 * grant — to them or to one of their roles — that is neither revoked nor expired at `now`. Everyone else may see
 * that documents exist but not their content.
 */
export async function openRight(db: Executor, actor: Actor, contractId: string, now: Date): Promise<OpenRight | null> {
  if (!actor.permissions.has('contracts:read')) return null;
  if (actor.permissions.has('contracts:archive')) return { via: 'director', grantId: null };
  const grant = await activeGrantFor(db, contractId, { userId: actor.userId, roles: actor.roles }, now);
  return grant ? { via: 'grant', grantId: grant.id } : null;
}

/** The access log (who opened what, when) is for the director and auditors. */
export function canSeeAccessLog(actor: Actor): boolean {
  return actor.permissions.has('contracts:archive') || actor.permissions.has('audit:read');
}

export function canManageGrants(actor: Actor): boolean {
  return actor.permissions.has('contracts:archive');
}

/** Only a director may sign although the vendor does not meet the pre-sign conditions (with a written reason). */
export function canOverridePresignChecks(actor: Actor): boolean {
  return actor.roles.includes('director');
}
