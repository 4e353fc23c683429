import { badRequest, conflict, type FieldError } from '../../../platform/errors/problem';
import type { Executor } from '../../../db/client';
import { activeUserExists, departmentExists } from '../../org';
import { inactiveListValues } from '../lists/list-checks';
import { findVendorByUscc } from '../vendors.repository';

/**
 * Checks what the schema cannot: dates against today, that referenced people and departments exist, and that type
 * and tier are active values of their lists (an update passes only the fields it changes).
 */
export async function checkVendorFields(
  db: Executor,
  today: string,
  input: {
    establishedOn?: string | null;
    departmentId?: string | null;
    relationshipManagerId?: string | null;
    type?: string;
    tier?: string;
  },
): Promise<void> {
  const errors: FieldError[] = await inactiveListValues(db, [
    { path: 'type', list: 'type', code: input.type },
    { path: 'tier', list: 'tier', code: input.tier },
  ]);
  if (input.establishedOn && input.establishedOn > today) {
    errors.push({ path: 'establishedOn', message: 'Must not be in the future.' });
  }
  if (input.departmentId && !(await departmentExists(db, input.departmentId))) {
    errors.push({ path: 'departmentId', message: 'No such department.' });
  }
  if (input.relationshipManagerId && !(await activeUserExists(db, input.relationshipManagerId))) {
    errors.push({ path: 'relationshipManagerId', message: 'No such active user.' });
  }
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
}

export function duplicateUscc(existing: { id: string; reference: string; name: string }) {
  return conflict(
    `${existing.reference} ${existing.name} already has this unified social credit code.`,
    'duplicate_uscc',
    { existing },
  );
}

export async function checkUsccFree(db: Executor, uscc: string, excludeId?: string): Promise<void> {
  const existing = await findVendorByUscc(db, uscc, excludeId);
  if (existing) throw duplicateUscc(existing);
}
