export type FieldChange = { from: unknown; to: unknown };
export type Changes = Record<string, FieldChange>;

/** Fields whose values never enter the audit trail; their change is still recorded. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken', 'secret']);
/** Bookkeeping fields the event itself already carries. */
const IGNORED_FIELDS = new Set(['updatedAt', 'updatedBy', 'createdAt', 'createdBy']);

/** Field-level before/after of two versions of a record (either may be absent for create/delete). */
export function diffRecords(before: object | null | undefined, after: object | null | undefined): Changes {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED_FIELDS.has(key)) continue;
    const from = normalise(b[key]);
    const to = normalise(a[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = SECRET_FIELDS.has(key)
      ? { from: from === null ? null : '[redacted]', to: to === null ? null : '[redacted]' }
      : { from, to };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value === null ? null : JSON.parse(JSON.stringify(value));
}
