import { NOT_ACTIVE_VALUE } from '@thirdline/shared/vendors/vendor-lists.schemas';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../../db/client';
import { nextReferences } from '../../../db/references';
import { recordAudit, recordAudits } from '../../../platform/audit/audit';
import { isUniqueViolation } from '../../../platform/errors/db-errors';
import { conflict, notFound, unprocessable } from '../../../platform/errors/problem';
import type { VendorCommandContext } from '../commands/context';
import { newVendorRow } from '../commands/create-vendor';
import { activeLabels } from '../lists/vendor-lists.repository';
import { requirePermission } from '../vendors.policy';
import { vendorContacts, vendors } from '../vendors.table';
import { duplicateErrors, keysOfParsed, sortRowErrors, type ParsedRow } from './validate-import';
import { claimForCommit, findImport, updateImport, type VendorImportRow } from './vendor-imports.repository';
import type { StoredRowError } from './vendor-imports.table';

/** Rows one insert statement carries (well below PostgreSQL's 65,535 parameters). */
const INSERT_BATCH = 1000;

/** An import the actor may see: their own. Anyone else's is a 404. */
export async function findOwnImport(c: VendorCommandContext, id: string): Promise<VendorImportRow> {
  requirePermission(c.actor, 'vendors:import');
  const row = await findImport(c.db, id);
  if (!row || row.createdBy !== c.actor.userId) throw notFound('No such import.');
  return row;
}

class RowsTaken extends Error {
  constructor(readonly errors: StoredRowError[]) {
    super('rows duplicate registered vendors');
  }
}

async function insertInBatches<T>(items: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += INSERT_BATCH) await insert(items.slice(i, i + INSERT_BATCH));
}

/** Creates every vendor (and primary contact) of the import in one transaction, each audited, or none. */
/** Rows whose vendor type or tier an administrator deactivated or removed since the validation. */
async function deactivatedValues(tx: Executor, rows: ParsedRow[]): Promise<StoredRowError[]> {
  const [types, tiers] = [await activeLabels(tx, 'type'), await activeLabels(tx, 'tier')];
  const notActive = { zh: '不是该列表中启用的值。', en: NOT_ACTIVE_VALUE };
  return rows.flatMap((r) => [
    ...(types[r.vendor.type] ? [] : [{ row: r.row, field: 'type', ...notActive }]),
    ...(!r.vendor.tier || tiers[r.vendor.tier] ? [] : [{ row: r.row, field: 'tier', ...notActive }]),
  ]);
}

async function applyImport(tx: Executor, c: VendorCommandContext, imported: VendorImportRow, rows: ParsedRow[]) {
  const inactive = await deactivatedValues(tx, rows);
  if (inactive.length > 0) throw new RowsTaken(inactive);
  const taken = await duplicateErrors(tx, rows.map(keysOfParsed), { uscc: new Map(), nameKey: new Map() });
  if (taken.length > 0) throw new RowsTaken(taken);
  const references = await nextReferences(tx, 'V', Number(c.today.slice(0, 4)), rows.length);
  // Every column is given (no `returning` needed): the audit records exactly what was inserted.
  const created = rows.map((r, i) => ({ ...newVendorRow(c, r.vendor, references[i] as string), version: 1 }));
  await insertInBatches(created, (batch) => tx.insert(vendors).values(batch));
  const createdContacts = rows.flatMap((r, i) =>
    r.contact
      ? [
          {
            id: uuidv7(),
            vendorId: created[i]?.id as string,
            name: r.contact.name,
            title: null,
            phone: r.contact.phone,
            email: r.contact.email,
            isPrimary: true,
            notes: null,
            createdAt: c.audit.at,
            createdBy: c.actor.userId,
            updatedAt: c.audit.at,
            updatedBy: c.actor.userId,
            version: 1,
          },
        ]
      : [],
  );
  await insertInBatches(createdContacts, (batch) => tx.insert(vendorContacts).values(batch));
  const details = { importId: imported.id };
  await recordAudits(tx, c.audit, [
    ...created.map((v) => ({ action: 'vendor.create', recordType: 'vendor', recordId: v.id, after: v, details })),
    ...createdContacts.map((k) => ({
      action: 'vendor-contact.create',
      recordType: 'vendor-contact',
      recordId: k.id,
      after: k,
      details,
    })),
  ]);
  const summary = {
    status: 'done',
    created: created.length,
    contacts: createdContacts.length,
    firstReference: references[0] ?? null,
    lastReference: references.at(-1) ?? null,
    committedAt: c.audit.at,
    updatedAt: c.audit.at,
    updatedBy: c.actor.userId,
  };
  await recordAudit(tx, c.audit, {
    action: 'vendor.import',
    recordType: 'vendor-import',
    recordId: imported.id,
    details: {
      fileName: imported.fileName,
      created: summary.created,
      contacts: summary.contacts,
      firstReference: summary.firstReference,
      lastReference: summary.lastReference,
    },
  });
  await updateImport(tx, imported.id, summary);
}

/**
 * Applies a validated import all or nothing. Row errors → 422; already committed or not validated yet → 409.
 * A vendor registered since the validation with one of the file's USCCs or names, or a vendor type or tier deactivated
 * since then, turns into row errors (422).
 */
export async function commitImport(c: VendorCommandContext, id: string): Promise<void> {
  const imported = await findOwnImport(c, id);
  if (imported.status === 'done') throw conflict('This import has already been committed.', 'import_committed');
  if (imported.rowErrors.length > 0) {
    throw unprocessable('Fix the row errors and upload the workbook again.', 'import_has_errors', {
      rowErrors: imported.rowErrors.length,
    });
  }
  if (imported.status !== 'ready' || !imported.parsed || !(await claimForCommit(c.db, id, c.audit.at))) {
    throw conflict(`The import is ${imported.status}, not ready to commit.`, 'import_not_ready', {
      status: imported.status,
    });
  }
  const rows = imported.parsed as ParsedRow[];
  try {
    await c.db.transaction((tx) => applyImport(tx, c, imported, rows));
  } catch (error) {
    let taken = error instanceof RowsTaken ? error.errors : null;
    // A vendor created at the same moment: the unique index decides; report it like any other duplicate.
    if (!taken && isUniqueViolation(error))
      taken = await duplicateErrors(c.db, rows.map(keysOfParsed), { uscc: new Map(), nameKey: new Map() });
    if (taken && taken.length > 0) {
      await updateImport(c.db, id, {
        status: 'ready',
        rowErrors: sortRowErrors(taken),
        parsed: null,
        updatedAt: c.audit.at,
      });
      throw unprocessable('Some rows clash with changes made since the check.', 'import_has_errors', {
        rowErrors: taken.length,
      });
    }
    await updateImport(c.db, id, { status: 'ready', updatedAt: c.audit.at });
    throw error;
  }
}
