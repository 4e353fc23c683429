/** Helpers shared by the org lists. */

export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** Most rows an xlsx export writes. */
export const EXPORT_ROW_LIMIT = 50_000;
