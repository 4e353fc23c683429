import type { MultipartFile } from '@fastify/multipart';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../../db/client';
import type { Clock } from '../../../platform/calendar/clock';
import { badRequest, HttpProblem } from '../../../platform/errors/problem';
import type { VendorCommandContext } from '../commands/context';
import { requirePermission } from '../vendors.policy';
import { readImportWorkbook } from './read-workbook';
import { validateImport } from './validate-import';
import { insertImport, updateImport } from './vendor-imports.repository';

/**
 * Validations running in this process. The status lives in the database, so any instance answers for it; this only
 * lets shutdown wait for the work in flight. An import whose process died mid-way shows as failed (see presenter).
 */
export class ImportTasks {
  private readonly running = new Set<Promise<void>>();

  run(task: () => Promise<void>): void {
    const promise = task().finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

const malformed = () =>
  badRequest('Send the workbook as multipart/form-data in the field "file".', [{ path: 'file', message: 'required' }]);

/** The uploaded workbook's name and bytes; a malformed body or a missing file is a 400, too large a 413. */
export async function readUpload(
  openFile: () => Promise<MultipartFile | undefined>,
  maxBytes: number,
): Promise<{ fileName: string; content: Buffer }> {
  let file: MultipartFile | undefined;
  let content: Buffer;
  try {
    file = await openFile();
    if (!file) throw malformed();
    content = await file.toBuffer();
  } catch (err) {
    if (err instanceof HttpProblem) throw err;
    const code = (err as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || (err as { statusCode?: unknown }).statusCode === 413) {
      throw new HttpProblem({
        status: 413,
        title: 'Content Too Large',
        detail: `A workbook may be at most ${Math.round(maxBytes / 1024 / 1024)} MB.`,
        code: 'file_too_large',
      });
    }
    throw malformed();
  }
  const fileName = (file.filename ?? '').split(/[\\/]/).pop()?.slice(0, 255) || 'import.xlsx';
  return { fileName, content };
}

export interface ImportDeps {
  db: Db;
  clock: Clock;
  tasks: ImportTasks;
}

/**
 * Reads the workbook now (an unreadable file is a 400 and nothing is stored), records the import as `validating`
 * and checks its rows in the background. Answers the new import's id.
 */
export async function startImport(
  c: VendorCommandContext,
  deps: ImportDeps,
  upload: { fileName: string; content: Buffer },
): Promise<string> {
  requirePermission(c.actor, 'vendors:import');
  const sheet = await readImportWorkbook(upload.content);
  const id = uuidv7();
  await insertImport(c.db, {
    id,
    status: 'validating',
    fileName: upload.fileName,
    headers: sheet.headers,
    rows: sheet.rows,
    rowErrors: [],
    total: sheet.rows.length,
    done: 0,
    createdAt: c.audit.at,
    createdBy: c.actor.userId,
    updatedAt: c.audit.at,
    updatedBy: c.actor.userId,
  });
  const now = () => deps.clock.now();
  deps.tasks.run(async () => {
    try {
      await validateImport(deps.db, id, c.today, now);
    } catch (err) {
      await updateImport(deps.db, id, {
        status: 'failed',
        failure: err instanceof Error ? err.message.slice(0, 500) : 'validation failed',
        updatedAt: now(),
      }).catch(() => undefined);
    }
  });
  return id;
}
