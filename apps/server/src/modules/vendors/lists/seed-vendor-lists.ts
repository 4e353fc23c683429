import { DEFAULT_LIST_VALUES, VENDOR_LISTS } from '@thirdline/shared/vendors/vendor-lists.schemas';
import type { Executor } from '../../../db/client';
import type { Clock } from '../../../platform/calendar/clock';
import { vendorListValues, vendorLists } from './vendor-lists.table';

/**
 * Inserts the default lists and values that do not exist yet; never overwrites an administrator's labels, order or
 * deactivations, and never brings back nothing an administrator removed (builtin values cannot be removed).
 */
export async function seedVendorLists(db: Executor, clock: Clock): Promise<void> {
  const at = clock.now();
  await db
    .insert(vendorLists)
    .values(VENDOR_LISTS.map((list) => ({ list, version: 1, updatedAt: at })))
    .onConflictDoNothing({ target: vendorLists.list });
  await db
    .insert(vendorListValues)
    .values(
      VENDOR_LISTS.flatMap((list) =>
        Object.entries(DEFAULT_LIST_VALUES[list]).map(([code, label], i) => ({
          list,
          code,
          labelZh: label.zh,
          labelEn: label.en,
          active: true,
          sortOrder: i + 1,
          builtin: true,
        })),
      ),
    )
    .onConflictDoNothing({ target: [vendorListValues.list, vendorListValues.code] });
}
