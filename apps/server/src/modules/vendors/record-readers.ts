import { isUuid } from '../../db/record-rows';
import type { RecordReader } from '../../platform/audit/record-readers';
import { RECORD_KINDS } from './vendor-records';
import { findRecord } from './vendor-records.repository';
import { findVendorById } from './vendors.repository';
import { canReadVendors, canSeeFinancials } from './vendors.policy';

/**
 * Who may read a vendor record or one of the records around it, for its audit history and attached files
 * (qualification scans, due-diligence reports, financial statements). Financial snapshots follow the
 * financials rule.
 */
export function vendorRecordReaders(): Record<string, RecordReader> {
  const readers: Record<string, RecordReader> = {
    vendor: async (db, actor, id) => isUuid(id) && canReadVendors(actor) && !!(await findVendorById(db, id)),
  };
  for (const kind of Object.values(RECORD_KINDS)) {
    readers[kind.recordType] = async (db, actor, id) => {
      if (!isUuid(id) || !canReadVendors(actor)) return false;
      const row = await findRecord(db, kind, id);
      if (!row) return false;
      if (!('financial' in kind && kind.financial)) return true;
      const vendor = await findVendorById(db, row.vendorId);
      return !!vendor && canSeeFinancials(actor, vendor);
    };
  }
  return readers;
}
