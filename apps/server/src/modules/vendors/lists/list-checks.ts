import { NOT_ACTIVE_VALUE, type VendorListName } from '@thirdline/shared/vendors/vendor-lists.schemas';
import type { Executor } from '../../../db/client';
import type { FieldError } from '../../../platform/errors/problem';
import { activeCodes } from './vendor-lists.repository';

/** A field of a request whose value must be an active value of a list; `code` undefined/null is not checked. */
export interface ListField {
  path: string;
  list: VendorListName;
  code: string | null | undefined;
}

/** Field errors for the codes that are not active values of their list (new or changed values only). */
export async function inactiveListValues(db: Executor, fields: ListField[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const field of fields) {
    if (typeof field.code !== 'string') continue;
    const active = await activeCodes(db, field.list, [field.code]);
    if (!active.has(field.code)) errors.push({ path: field.path, message: NOT_ACTIVE_VALUE });
  }
  return errors;
}
