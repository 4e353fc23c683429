import type { SubcontractorTreeNode } from '@thirdline/shared/vendors/vendors.schemas';
import type { Executor } from '../../db/client';
import { subcontractorChain } from './vendor-records.repository';

/** The nested chain below a vendor; a vendor appearing under several parents appears under each. */
export async function subcontractorTree(db: Executor, vendorId: string) {
  const edges = await subcontractorChain(db, vendorId);
  const byParent = new Map<string, typeof edges>();
  for (const e of edges) byParent.set(e.parent_id, [...(byParent.get(e.parent_id) ?? []), e]);
  const build = (parentId: string, path: Set<string>): SubcontractorTreeNode[] =>
    (byParent.get(parentId) ?? [])
      .filter((e) => !path.has(e.vendor_id))
      .sort((a, b) => a.reference.localeCompare(b.reference))
      .map((e) => ({
        linkId: e.link_id,
        vendorId: e.vendor_id,
        reference: e.reference,
        name: e.name,
        status: e.status as SubcontractorTreeNode['status'],
        service: e.service,
        supportsCriticalService: e.supports_critical_service,
        children: build(e.vendor_id, new Set([...path, e.vendor_id])),
      }));
  return { vendorId, children: build(vendorId, new Set([vendorId])) };
}
