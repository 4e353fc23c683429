/** `%q%` for ILIKE with the wildcard characters of `q` (`%`, `_`, `\`) taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
