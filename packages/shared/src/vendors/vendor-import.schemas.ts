import { z } from 'zod';
import type { OUTSOURCING_CATEGORIES, SOURCE_CHANNELS } from './vendors.schemas';

/** The columns of the vendor import workbook, in template order (R3 import/export). `*` marks a required column. */
export const IMPORT_COLUMNS = [
  { key: 'name', zh: '名称', en: 'Name', required: true },
  { key: 'englishName', zh: '英文名称', en: 'English name' },
  { key: 'shortName', zh: '简称', en: 'Short name' },
  { key: 'uscc', zh: '统一社会信用代码', en: 'USCC', required: true },
  { key: 'lei', zh: 'LEI', en: 'LEI' },
  { key: 'country', zh: '国家或地区', en: 'Country/region' },
  { key: 'registeredAddress', zh: '注册地址', en: 'Registered address' },
  { key: 'registeredCapital', zh: '注册资本(元)', en: 'Registered capital (CNY)' },
  { key: 'establishedOn', zh: '成立日期', en: 'Established on' },
  { key: 'legalRepresentative', zh: '法定代表人', en: 'Legal representative' },
  { key: 'businessScope', zh: '经营范围', en: 'Business scope' },
  { key: 'website', zh: '网址', en: 'Website' },
  { key: 'type', zh: '供应商类型', en: 'Vendor type', required: true },
  { key: 'outsourcingCategories', zh: '外包类别', en: 'Outsourcing categories' },
  { key: 'sourceChannel', zh: '来源渠道', en: 'Source channel' },
  { key: 'tier', zh: '重要性等级', en: 'Criticality tier' },
  { key: 'contactName', zh: '联系人', en: 'Contact' },
  { key: 'contactPhone', zh: '联系电话', en: 'Contact phone' },
  { key: 'contactEmail', zh: '联系邮箱', en: 'Contact e-mail' },
] as const satisfies readonly { key: string; zh: string; en: string; required?: boolean }[];

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** The header text of a column in the template: the Chinese name, `*` after required ones. */
export function templateHeader(column: (typeof IMPORT_COLUMNS)[number], lang: 'zh' | 'en' = 'zh'): string {
  return `${column[lang]}${'required' in column && column.required ? '*' : ''}`;
}

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

/**
 * Enumeration labels as the vendor screens show them; the importer accepts either language or the code. Vendor type
 * and tier are configurable lists: their values come from the database (vendor-lists.schemas.ts has the defaults).
 */
export const OUTSOURCING_CATEGORY_LABELS: Labels<(typeof OUTSOURCING_CATEGORIES)[number]> = {
  consulting_planning: { zh: '咨询规划', en: 'Consulting and planning' },
  development_testing: { zh: '开发测试', en: 'Development and testing' },
  operations: { zh: '运行维护', en: 'Operations and maintenance' },
  security: { zh: '安全服务', en: 'Security services' },
  business_support: { zh: '业务支持', en: 'Business support' },
};
export const SOURCE_CHANNEL_LABELS: Labels<(typeof SOURCE_CHANNELS)[number]> = {
  public_tender: { zh: '公开招标', en: 'Public tender' },
  invitation: { zh: '邀请招标', en: 'Invitation' },
  recommendation: { zh: '推荐', en: 'Recommendation' },
  market_research: { zh: '市场调研', en: 'Market research' },
  existing: { zh: '现有供应商', en: 'Existing supplier' },
  other: { zh: '其他', en: 'Other' },
};

export const IMPORT_STATUSES = ['validating', 'ready', 'committing', 'done', 'failed'] as const;

export const importIdParamsSchema = z.strictObject({ id: z.uuid() });
export const importCreatedSchema = z.object({ id: z.uuid() });

export const importRowErrorSchema = z.object({
  /** The worksheet row number as Excel shows it; the header is row 1. */
  row: z.number().int(),
  /** The column's header in the caller's language. */
  column: z.string(),
  /** The column's API field (`uscc`, `contactEmail` …). */
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importSummarySchema = z.object({
  fileName: z.string(),
  rows: z.number().int(),
  rowsWithErrors: z.number().int(),
  /** Vendors created by the commit (0 until then). */
  created: z.number().int(),
  contacts: z.number().int(),
  firstReference: z.string().nullable(),
  lastReference: z.string().nullable(),
  /** Why the import failed, when it did. */
  failure: z.string().nullable(),
});

export const importStatusSchema = z.object({
  id: z.uuid(),
  status: z.enum(IMPORT_STATUSES),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  rowErrors: z.array(importRowErrorSchema),
  summary: importSummarySchema,
  createdAt: z.iso.datetime(),
  committedAt: z.iso.datetime().nullable(),
});
export type VendorImportStatus = z.infer<typeof importStatusSchema>;
