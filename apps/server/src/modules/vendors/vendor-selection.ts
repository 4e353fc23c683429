import { and, arrayOverlaps, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { vendors } from './vendors.table';

/** What other modules (re-evaluation campaigns, vendor actions) need to know about a vendor. */
export interface VendorSummary {
  id: string;
  reference: string;
  name: string;
  tier: string;
  status: string;
  relationshipManagerId: string | null;
}

const summaryColumns = {
  id: vendors.id,
  reference: vendors.reference,
  name: vendors.name,
  tier: vendors.tier,
  status: vendors.status,
  relationshipManagerId: vendors.relationshipManagerId,
};

/** Vendors to review: every approved one, or the approved ones of some tiers or outsourcing categories. */
export async function approvedVendorsMatching(
  db: Executor,
  filter: { tiers?: readonly string[]; categories?: readonly string[] },
): Promise<VendorSummary[]> {
  const conditions: SQL[] = [eq(vendors.status, 'approved')];
  if (filter.tiers) conditions.push(inArray(vendors.tier, [...filter.tiers]));
  if (filter.categories) conditions.push(arrayOverlaps(vendors.outsourcingCategories, [...filter.categories]));
  return db
    .select(summaryColumns)
    .from(vendors)
    .where(and(...conditions))
    .orderBy(asc(vendors.reference));
}

/** These vendors (those that exist), by id. */
export async function vendorSummaries(db: Executor, ids: readonly string[]): Promise<Map<string, VendorSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select(summaryColumns).from(vendors).where(inArray(vendors.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}
