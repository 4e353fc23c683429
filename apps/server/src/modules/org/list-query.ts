/** Helpers shared by the org lists. */

/** `%q%` for ILIKE with the wildcard characters of `q` taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** Most rows an xlsx export writes. */
export const EXPORT_ROW_LIMIT = 50_000;
