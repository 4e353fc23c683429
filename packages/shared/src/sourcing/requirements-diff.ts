import { REQUIREMENT_FIELDS, type RequirementDiff, type StoredRequirement } from './requirements.schemas';

/**
 * What changed between two versions of a requirement list, matching items by key: added, removed, changed (with
 * the fields that differ) and how many stayed the same. Order of items does not count as a change.
 */
export function diffRequirements(
  from: { number: number; items: readonly StoredRequirement[] },
  to: { number: number; items: readonly StoredRequirement[] },
): RequirementDiff {
  const before = new Map(from.items.map((i) => [i.key, i]));
  const after = new Map(to.items.map((i) => [i.key, i]));
  const diff: RequirementDiff = { from: from.number, to: to.number, added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of to.items) {
    const old = before.get(item.key);
    if (!old) {
      diff.added.push(item);
      continue;
    }
    const fields = REQUIREMENT_FIELDS.filter((f) => old[f] !== item[f]);
    if (fields.length > 0) diff.changed.push({ key: item.key, before: old, after: item, fields });
    else diff.unchanged += 1;
  }
  for (const item of from.items) if (!after.has(item.key)) diff.removed.push(item);
  return diff;
}

/** Keys for items saved without one: `R1`, `R2`, … continuing after the highest `R<n>` used in any version. */
export function assignRequirementKeys<T extends { key?: string | undefined }>(
  items: readonly T[],
  usedKeys: Iterable<string>,
): (T & { key: string })[] {
  let highest = 0;
  const taken = new Set(usedKeys);
  for (const i of items) if (i.key) taken.add(i.key);
  for (const key of taken) {
    const m = /^R(\d+)$/.exec(key);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return items.map((i) => {
    if (i.key) return { ...i, key: i.key };
    highest += 1;
    return { ...i, key: `R${highest}` };
  });
}
