import { badRequest, conflict, type FieldError } from '../../../platform/errors/problem';
import type { Executor } from '../../../db/client';
import { activeUserExists, departmentExists } from '../../org';
import { findVendorByUscc } from '../vendors.repository';

/** Checks what the schema cannot: dates against today, and that referenced people and departments exist. */
export async function checkVendorFields(
  db: Executor,
  today: string,
  input: { establishedOn?: string | null; departmentId?: string | null; relationshipManagerId?: string | null },
): Promise<void> {
  const errors: FieldError[] = [];
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
