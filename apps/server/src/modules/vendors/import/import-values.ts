import type { ImportCell } from './vendor-imports.table';

/** A message in both languages; the reader's language is picked when it is shown. */
export interface Bilingual {
  zh: string;
  en: string;
}
export const say = (zh: string, en: string): Bilingual => ({ zh, en });

/** Characters a spreadsheet would run as a formula; the export puts a `'` before them. */
const FORMULA_START = /^'[=+\-@\t\r]/;

/** Full-width ASCII forms (Ａ, １, ＠ …) and the ideographic space folded to their half-width forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Full-width digits only (a Chinese name keeps its full-width brackets). */
const fullWidthDigits = (text: string) =>
  text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The text of a cell: trimmed of stray (also ideographic and no-break) spaces, full-width digits folded, and the `'`
 * an export puts before formula-looking text taken off again. Empty → null.
 */
export function cellText(cell: ImportCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  let text = fullWidthDigits(String(cell)).replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
  if (FORMULA_START.test(text)) text = text.slice(1);
  return text.length === 0 ? null : text;
}

/** A code-like value (USCC, LEI, phone, e-mail …): all full-width forms folded, no spaces kept at the ends. */
export function codeText(cell: ImportCell | undefined): string | null {
  const text = cellText(cell);
  return text === null ? null : halfWidth(text).trim() || null;
}

const labelKey = (text: string) =>
  halfWidth(text)
    .toLowerCase()
    .replace(/[\s_\-/]+/g, '');

/** Finds an enumeration code from its code, Chinese label or English label (case, spaces and width ignored). */
export function enumLookup<T extends string>(labels: Record<T, Bilingual>): (text: string) => T | undefined {
  const byKey = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, Bilingual][]) {
    byKey.set(labelKey(code), code);
    byKey.set(labelKey(label.zh), code);
    byKey.set(labelKey(label.en), code);
  }
  return (text) => byKey.get(labelKey(text));
}

/** Days from 1899-12-30 (Excel's day zero, including its 1900 leap-year quirk for later dates). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isRealDate(text: string): boolean {
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** `YYYY-MM-DD` from an Excel date (read as `YYYY-MM-DD`), a date serial number, or `YYYY-MM-DD` / `YYYY/M/D` text. */
export function dateValue(cell: ImportCell | undefined): string | undefined {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2958465) return undefined;
    return new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = codeText(cell);
  const match = text ? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) : null;
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

/** A money amount as the API string (`"1000000.00"`); `negative` when below zero, undefined when not a number. */
export function moneyValue(cell: ImportCell | undefined): string | 'negative' | undefined {
  let amount: number;
  if (typeof cell === 'number') amount = cell;
  else {
    const text = codeText(cell)?.replace(/[,\s元¥￥]/g, '');
    if (!text || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
    amount = Number(text);
  }
  if (!Number.isFinite(amount)) return undefined;
  if (amount < 0) return 'negative';
  if (amount >= 1e16) return undefined;
  return amount.toFixed(2);
}

/** Country or region names people write, to the ISO 3166 code the vendor record stores. */
const COUNTRY_NAMES: Record<string, string> = {
  中国: 'CN',
  中国大陆: 'CN',
  china: 'CN',
  中华人民共和国: 'CN',
  中国香港: 'HK',
  香港: 'HK',
  hongkong: 'HK',
  中国澳门: 'MO',
  澳门: 'MO',
  macao: 'MO',
  macau: 'MO',
  中国台湾: 'TW',
  台湾: 'TW',
  taiwan: 'TW',
  美国: 'US',
  unitedstates: 'US',
  usa: 'US',
  英国: 'GB',
  unitedkingdom: 'GB',
  uk: 'GB',
  德国: 'DE',
  germany: 'DE',
  法国: 'FR',
  france: 'FR',
  日本: 'JP',
  japan: 'JP',
  韩国: 'KR',
  southkorea: 'KR',
  korea: 'KR',
  新加坡: 'SG',
  singapore: 'SG',
  印度: 'IN',
  india: 'IN',
  爱尔兰: 'IE',
  ireland: 'IE',
  荷兰: 'NL',
  netherlands: 'NL',
};

/** An ISO 3166 two-letter code from a code or a common Chinese or English name. */
export function countryValue(text: string): string | undefined {
  const code = halfWidth(text).trim();
  if (/^[A-Za-z]{2}$/.test(code)) return code.toUpperCase();
  return COUNTRY_NAMES[labelKey(code)];
}

/** A web address; `www.example.com` gets `https://` in front. */
export function websiteValue(text: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
      ? withScheme
      : undefined;
  } catch {
    return undefined;
  }
}
