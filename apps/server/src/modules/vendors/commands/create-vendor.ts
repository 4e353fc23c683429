import { isUniqueViolation } from '../../../platform/errors/db-errors';
import type { CreateVendorRequest } from '@thirdline/shared/vendors/vendors.schemas';
import { normaliseVendorName } from '@thirdline/shared/vendors/vendor-name';
import { uuidv7 } from 'uuidv7';
import { nextReference } from '../../../db/references';
import { recordAudit } from '../../../platform/audit/audit';
import { findVendorByUscc, insertVendor, type NewVendorRow, type VendorRow } from '../vendors.repository';
import { requirePermission } from '../vendors.policy';
import { type VendorCommandContext } from './context';
import { checkUsccFree, checkVendorFields, duplicateUscc } from './vendor-rules';

/** Registers a vendor as a candidate with the next `V-YYYY-NNNN` reference; the same USCC twice is a 409. */
export async function createVendor(c: VendorCommandContext, input: CreateVendorRequest): Promise<VendorRow> {
  requirePermission(c.actor, 'vendors:write');
  await checkVendorFields(c.db, c.today, input);
  await checkUsccFree(c.db, input.uscc);
  try {
    return await c.db.transaction(async (tx) => {
      const reference = await nextReference(tx, 'V', Number(c.today.slice(0, 4)));
      const row = await insertVendor(tx, newVendorRow(c, input, reference));
      await recordAudit(tx, c.audit, { action: 'vendor.create', recordType: 'vendor', recordId: row.id, after: row });
      return row;
    });
  } catch (error) {
    // Two creations with one USCC at the same time: the unique index decides, the loser gets the same 409.
    if (isUniqueViolation(error)) {
      const existing = await findVendorByUscc(c.db, input.uscc);
      if (existing) throw duplicateUscc(existing);
    }
    throw error;
  }
}

/** The row of a new candidate vendor from a create request (the form, or one row of an import). */
export function newVendorRow(c: VendorCommandContext, input: CreateVendorRequest, reference: string): NewVendorRow {
  const now = c.audit.at;
  return {
    id: uuidv7(),
    reference,
    name: input.name,
    nameKey: normaliseVendorName(input.name),
    englishName: input.englishName ?? null,
    shortName: input.shortName ?? null,
    uscc: input.uscc,
    lei: input.lei ?? null,
    country: input.country ?? 'CN',
    registeredAddress: input.registeredAddress ?? null,
    registeredCapital: input.registeredCapital ?? null,
    registeredCapitalCurrency: input.registeredCapitalCurrency ?? 'CNY',
    establishedOn: input.establishedOn ?? null,
    legalRepresentative: input.legalRepresentative ?? null,
    businessScope: input.businessScope ?? null,
    website: input.website ?? null,
    type: input.type,
    outsourcingCategories: [...new Set(input.outsourcingCategories ?? [])],
    sourceChannel: input.sourceChannel ?? null,
    tier: input.tier ?? 'medium',
    tierReason: input.tierReason ?? null,
    departmentId: input.departmentId ?? null,
    relationshipManagerId: input.relationshipManagerId ?? null,
    status: 'candidate',
    createdAt: now,
    createdBy: c.actor.userId,
    updatedAt: now,
    updatedBy: c.actor.userId,
  };
}
