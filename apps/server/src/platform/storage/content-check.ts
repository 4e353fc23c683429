import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import { fileTypeFromBuffer } from 'file-type';
import { badRequest } from '../errors/problem';

/** What an extension promises: the type stored, and which sniffed types honour the promise. */
interface TypeRule {
  contentType: string;
  /** Sniffed MIME types that match; `text` rules match when the sniffer finds nothing and the bytes are UTF-8. */
  accepts: readonly string[];
  text?: boolean;
}

const ZIP = 'application/zip';
const CFB = 'application/x-cfb';
const OOXML = 'application/vnd.openxmlformats-officedocument';

/** Allowed extensions. Office Open XML may sniff as a plain zip when its first entry says nothing more. */
const RULES: Record<string, TypeRule> = {
  pdf: { contentType: 'application/pdf', accepts: ['application/pdf'] },
  png: { contentType: 'image/png', accepts: ['image/png'] },
  jpg: { contentType: 'image/jpeg', accepts: ['image/jpeg'] },
  jpeg: { contentType: 'image/jpeg', accepts: ['image/jpeg'] },
  gif: { contentType: 'image/gif', accepts: ['image/gif'] },
  webp: { contentType: 'image/webp', accepts: ['image/webp'] },
  tif: { contentType: 'image/tiff', accepts: ['image/tiff'] },
  tiff: { contentType: 'image/tiff', accepts: ['image/tiff'] },
  docx: { contentType: `${OOXML}.wordprocessingml.document`, accepts: [`${OOXML}.wordprocessingml.document`, ZIP] },
  xlsx: { contentType: `${OOXML}.spreadsheetml.sheet`, accepts: [`${OOXML}.spreadsheetml.sheet`, ZIP] },
  pptx: {
    contentType: `${OOXML}.presentationml.presentation`,
    accepts: [`${OOXML}.presentationml.presentation`, ZIP],
  },
  doc: { contentType: 'application/msword', accepts: [CFB] },
  xls: { contentType: 'application/vnd.ms-excel', accepts: [CFB] },
  ppt: { contentType: 'application/vnd.ms-powerpoint', accepts: [CFB] },
  msg: { contentType: 'application/vnd.ms-outlook', accepts: [CFB] },
  /** Chinese electronic invoices and official documents (GB/T 33190), a zip container. */
  ofd: { contentType: 'application/ofd', accepts: [ZIP] },
  zip: { contentType: ZIP, accepts: [ZIP] },
  '7z': { contentType: 'application/x-7z-compressed', accepts: ['application/x-7z-compressed'] },
  rar: { contentType: 'application/vnd.rar', accepts: ['application/x-rar-compressed', 'application/vnd.rar'] },
  txt: { contentType: 'text/plain; charset=utf-8', accepts: [], text: true },
  csv: { contentType: 'text/csv; charset=utf-8', accepts: [], text: true },
  md: { contentType: 'text/markdown; charset=utf-8', accepts: [], text: true },
  json: { contentType: 'application/json', accepts: [], text: true },
  xml: { contentType: 'application/xml', accepts: ['application/xml'], text: true },
};

export const ALLOWED_EXTENSIONS = Object.keys(RULES);

/** The client's file name reduced to its last path segment, without control characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name || name === '.' || name === '..') {
    throw badRequest('The file needs a name.', [{ path: 'file', message: 'missing file name' }], 'file_name_required');
  }
  if (name.length > 255) {
    throw badRequest('The file name is too long.', [{ path: 'file', message: 'at most 255 characters' }]);
  }
  return name;
}

export function ruleFor(fileName: string): TypeRule {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const rule = Object.hasOwn(RULES, ext) ? RULES[ext] : undefined;
  if (!rule) {
    throw badRequest(
      `Files of this type cannot be uploaded. Allowed: ${ALLOWED_EXTENSIONS.join(', ')}.`,
      [{ path: 'file', message: `extension "${ext}" is not allowed` }],
      'file_type_not_allowed',
    );
  }
  return rule;
}

const mismatch = () =>
  badRequest(
    'The file content does not match its extension.',
    [{ path: 'file', message: 'content does not match the extension' }],
    'file_type_mismatch',
  );

/** How many leading bytes the sniffer sees. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Passes the bytes through unchanged after checking them: the first bytes must sniff as the extension's type
 * (text types: sniff as nothing and be valid UTF-8 to the last byte). Errors with a 400 problem otherwise.
 */
export class ContentInspector extends Transform {
  private head: Buffer[] = [];
  private headBytes = 0;
  private checked = false;
  private readonly utf8: TextDecoder | undefined;

  constructor(private readonly rule: TypeRule) {
    super();
    this.utf8 = rule.text ? new TextDecoder('utf-8', { fatal: true }) : undefined;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.checked) {
      if (this.validText(chunk)) callback(null, chunk);
      else callback(mismatch());
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) {
      callback();
      return;
    }
    this.checkHead().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    const finish = () => {
      try {
        this.utf8?.decode();
        callback();
      } catch {
        callback(mismatch());
      }
    };
    if (this.checked) finish();
    else this.checkHead().then(finish, callback);
  }

  private async checkHead(): Promise<void> {
    this.checked = true;
    const head = Buffer.concat(this.head);
    this.head = [];
    if (head.length === 0) {
      throw badRequest('The file is empty.', [{ path: 'file', message: 'empty' }], 'file_empty');
    }
    const sniffed = (await fileTypeFromBuffer(head))?.mime;
    const matches = sniffed === undefined ? this.rule.text === true : this.rule.accepts.includes(sniffed);
    if (!matches) throw mismatch();
    if (!this.validText(head)) throw mismatch();
    this.push(head);
  }

  /** For text types: the bytes so far are valid UTF-8 (a sequence may continue in the next chunk). */
  private validText(chunk: Buffer): boolean {
    if (!this.utf8) return true;
    try {
      this.utf8.decode(chunk, { stream: true });
      return true;
    } catch {
      return false;
    }
  }
}
