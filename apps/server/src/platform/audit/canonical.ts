import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth: the same value always gives the same text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  seq: number;
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType: string;
  recordId: string;
  changes: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
}

/** SHA-256 over the previous event's hash and this event's canonical content. */
export function eventHash(event: ChainedContent): string {
  const content = canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() });
  return createHash('sha256').update(event.prevHash).update('\n').update(content).digest('hex');
}
