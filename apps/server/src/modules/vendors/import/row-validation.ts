import { isValidLei } from '@thirdline/shared/vendors/lei';
import { isValidUscc } from '@thirdline/shared/vendors/uscc';
import {
  OUTSOURCING_CATEGORY_LABELS,
  SOURCE_CHANNEL_LABELS,
  type ImportColumnKey,
} from '@thirdline/shared/vendors/vendor-import.schemas';
import { createVendorSchema, type CreateVendorRequest } from '@thirdline/shared/vendors/vendors.schemas';
import { z } from 'zod';
import { localiseIssueMessage } from '../../../platform/i18n/validation-messages';
import {
  cellText,
  codeText,
  countryValue,
  dateValue,
  enumLookup,
  moneyValue,
  say,
  websiteValue,
  type Bilingual,
} from './import-values';
import type { ImportCell, ImportSheetRow } from './vendor-imports.table';

/** What one valid row becomes: the create-vendor input and, when given, its primary contact. */
export interface ImportedVendor {
  vendor: CreateVendorRequest;
  contact: { name: string; phone: string | null; email: string | null } | null;
}

export interface RowProblem extends Bilingual {
  field: string;
}

/** What the duplicate checks compare, whenever the row has it in a usable form (even when other cells are bad). */
export interface RowKeys {
  uscc?: string;
  name?: string;
}

const categoryOf = enumLookup(OUTSOURCING_CATEGORY_LABELS);
const channelOf = enumLookup(SOURCE_CHANNEL_LABELS);

/** The active values of the configurable lists (vendor type, tier), read once per import. */
export interface ImportLists {
  type: Record<string, Bilingual>;
  tier: Record<string, Bilingual>;
  typeOf: (text: string) => string | undefined;
  tierOf: (text: string) => string | undefined;
}
export function importLists(type: Record<string, Bilingual>, tier: Record<string, Bilingual>): ImportLists {
  return { type, tier, typeOf: enumLookup(type), tierOf: enumLookup(tier) };
}

const PHONE = /^\+?[0-9][0-9 ()-]{4,30}$/;
const emailSchema = z.email().max(200);

const allowed = (labels: Record<string, Bilingual>) => ({
  zh: Object.values(labels)
    .map((l) => l.zh)
    .join('、'),
  en: Object.values(labels)
    .map((l) => l.en)
    .join(', '),
});

function unknownValue(value: string, labels: Record<string, Bilingual>): Bilingual {
  const list = allowed(labels);
  return say(`“${value}”不是可选值，可选：${list.zh}`, `"${value}" is not an allowed value; allowed: ${list.en}`);
}

const TEXT_LIMITS: Partial<Record<ImportColumnKey, number>> = {
  name: 200,
  englishName: 300,
  shortName: 100,
  registeredAddress: 500,
  legalRepresentative: 100,
  businessScope: 4000,
  contactName: 100,
};

/**
 * Checks one worksheet row and turns it into a vendor input: required fields, USCC and LEI check digits, enumeration
 * values in either language, e-mail and phone shapes, dates, amounts. Duplicates are checked across rows elsewhere.
 */
export function validateImportRow(
  fields: readonly (string | null)[],
  row: ImportSheetRow,
  today: string,
  lists: ImportLists,
): { value?: ImportedVendor; problems: RowProblem[]; keys: RowKeys } {
  const cells = new Map<string, ImportCell>();
  fields.forEach((field, i) => field && cells.set(field, row.cells[i] ?? null));
  const problems: RowProblem[] = [];
  const fail = (field: ImportColumnKey, message: Bilingual) => problems.push({ field, ...message });

  const text = (field: ImportColumnKey): string | null => {
    const value = cellText(cells.get(field));
    const max = TEXT_LIMITS[field];
    if (value !== null && max !== undefined && value.length > max) {
      fail(field, say(`不能超过 ${max} 个字`, `Must be at most ${max} characters.`));
    }
    return value;
  };
  const required = (field: ImportColumnKey, value: string | null) => {
    if (value === null) fail(field, say('必填', 'Required.'));
    return value;
  };
  const oneOf = <T extends string>(field: ImportColumnKey, lookup: (t: string) => T | undefined, labels: object) => {
    const value = cellText(cells.get(field));
    if (value === null) return null;
    const code = lookup(value);
    if (!code) fail(field, unknownValue(value, labels as Record<string, Bilingual>));
    return code ?? null;
  };

  const name = required('name', text('name'));
  const uscc = required('uscc', codeText(cells.get('uscc'))?.replace(/\s/g, '').toUpperCase() ?? null);
  if (uscc !== null && !isValidUscc(uscc)) {
    fail(
      'uscc',
      uscc.length === 18
        ? say('统一社会信用代码校验位错误', 'Not a valid unified social credit code (check character).')
        : say('统一社会信用代码应为 18 位', 'A unified social credit code has 18 characters.'),
    );
  }
  const lei = codeText(cells.get('lei'))?.replace(/\s/g, '').toUpperCase() ?? null;
  if (lei !== null && !isValidLei(lei)) fail('lei', say('LEI 校验位错误或长度不是 20 位', 'Not a valid LEI.'));

  const countryText = codeText(cells.get('country'));
  const country = countryText === null ? 'CN' : countryValue(countryText);
  if (!country) fail('country', say('无法识别的国家或地区', 'Unknown country or region; use a code such as CN.'));

  const capitalCell = cells.get('registeredCapital');
  const registeredCapital = cellText(capitalCell) === null ? null : moneyValue(capitalCell);
  if (registeredCapital === 'negative') fail('registeredCapital', say('不能为负数', 'Must not be negative.'));
  else if (registeredCapital === undefined) {
    fail('registeredCapital', say('应为金额，例如 1000000.00', 'Must be an amount such as 1000000.00.'));
  }

  const dateCell = cells.get('establishedOn');
  const establishedOn = cellText(dateCell) === null ? null : dateValue(dateCell);
  if (establishedOn === undefined) {
    fail('establishedOn', say('应为日期（YYYY-MM-DD）', 'Must be a date (YYYY-MM-DD).'));
  } else if (establishedOn !== null && establishedOn > today) {
    fail('establishedOn', say('不能晚于今天', 'Must not be in the future.'));
  }

  const websiteText = codeText(cells.get('website'));
  const website = websiteText === null ? null : websiteValue(websiteText);
  if (website === undefined) fail('website', say('应为网址，例如 https://example.com', 'Must be a web address.'));

  const type = oneOf('type', lists.typeOf, lists.type);
  if (cellText(cells.get('type')) === null) fail('type', say('必填', 'Required.'));
  const categories: string[] = [];
  for (const part of (cellText(cells.get('outsourcingCategories')) ?? '').split(/[、,，;；\n]/)) {
    const label = part.trim();
    if (!label) continue;
    const code = categoryOf(label);
    if (code) categories.push(code);
    else fail('outsourcingCategories', unknownValue(label, OUTSOURCING_CATEGORY_LABELS));
  }
  const sourceChannel = oneOf('sourceChannel', channelOf, SOURCE_CHANNEL_LABELS);
  const tier = oneOf('tier', lists.tierOf, lists.tier);

  const contactName = text('contactName');
  const phone = codeText(cells.get('contactPhone'));
  if (phone !== null && !PHONE.test(phone)) {
    fail('contactPhone', say('电话格式不正确，例如 010-12345678', 'Must be a phone number such as 010-12345678.'));
  }
  const email = codeText(cells.get('contactEmail'))?.toLowerCase() ?? null;
  if (email !== null && !emailSchema.safeParse(email).success) {
    fail('contactEmail', say('邮箱格式不正确', 'Must be an e-mail address.'));
  }
  if (contactName === null && (phone !== null || email !== null)) {
    fail('contactName', say('填写联系电话或邮箱时须填写联系人', 'Required when a contact phone or e-mail is given.'));
  }

  const vendor = {
    name,
    englishName: text('englishName'),
    shortName: text('shortName'),
    uscc,
    lei,
    country,
    registeredAddress: text('registeredAddress'),
    registeredCapital: registeredCapital ?? null,
    establishedOn: establishedOn ?? null,
    legalRepresentative: text('legalRepresentative'),
    businessScope: text('businessScope'),
    website: website ?? null,
    type,
    outsourcingCategories: [...new Set(categories)],
    sourceChannel,
    tier: tier ?? 'medium',
  };
  const keys: RowKeys = {
    ...(uscc !== null && isValidUscc(uscc) ? { uscc } : {}),
    ...(name !== null ? { name } : {}),
  };
  if (problems.length > 0) return { problems, keys };
  // The API's own schema has the last word, so an imported vendor is one the create form would accept.
  const parsed = createVendorSchema.safeParse(vendor);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const raw = { ...issue, path: issue.path } as Parameters<typeof localiseIssueMessage>[0];
      problems.push({
        field: String(issue.path[0] ?? 'name'),
        zh: localiseIssueMessage(raw, 'zh-CN'),
        en: localiseIssueMessage(raw, 'en-US'),
      });
    }
    return { problems, keys };
  }
  const contact = contactName === null ? null : { name: contactName, phone, email };
  return { value: { vendor: parsed.data, contact }, problems, keys };
}
