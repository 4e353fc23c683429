import type { Executor } from '../../db/client';

/** The current version of a contract template, or null when there is no such (active) template. */
export type TemplateVersionLookup = (db: Executor, templateId: string) => Promise<number | null>;

let lookup: TemplateVersionLookup | null = null;

/**
 * The drafting part (contract templates) tells the contract record how to resolve `templateId`. Until one is set,
 * no template is known and a `templateId` is refused as unknown.
 */
export function setTemplateVersionLookup(fn: TemplateVersionLookup): void {
  lookup = fn;
}

export async function templateVersionFor(db: Executor, templateId: string): Promise<number | null> {
  return lookup ? lookup(db, templateId) : null;
}
