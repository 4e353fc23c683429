import { z } from 'zod';
import { plainText } from '../http/text.schemas';
import type { QUALIFICATION_TYPES, VENDOR_TIERS, VENDOR_TYPES } from './vendors.schemas';
import { listCodeSchema } from './vendors.schemas';

/** The administrator-configurable vendor enumerations (R3.2, R3.3). */
export const VENDOR_LISTS = ['type', 'tier', 'qualification-type'] as const;
export type VendorListName = (typeof VENDOR_LISTS)[number];

export const NOT_ACTIVE_VALUE = 'Not an active value of this list.';

type Labels = Record<string, { zh: string; en: string }>;

/** The values every organisation starts with; the codes are fixed (the API and imports use them). */
export const DEFAULT_LIST_VALUES: Record<VendorListName, Labels> = {
  type: {
    software: { zh: '软件供应商', en: 'Software supplier' },
    hardware: { zh: '硬件供应商', en: 'Hardware provider' },
    network: { zh: '网络运营商', en: 'Network operator' },
    integrator: { zh: '系统集成商', en: 'System integrator' },
    cloud: { zh: '云服务商', en: 'Cloud service provider' },
    consulting: { zh: '咨询服务', en: 'Consulting' },
    security: { zh: '安全服务', en: 'Security services' },
    bpo: { zh: '业务流程外包', en: 'Business process outsourcing' },
    hr: { zh: '人力外包', en: 'HR outsourcing' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Record<(typeof VENDOR_TYPES)[number], unknown>,
  tier: {
    critical: { zh: '关键', en: 'Critical' },
    high: { zh: '高', en: 'High' },
    medium: { zh: '中', en: 'Medium' },
    low: { zh: '低', en: 'Low' },
  } satisfies Record<(typeof VENDOR_TIERS)[number], unknown>,
  'qualification-type': {
    business_licence: { zh: '营业执照', en: 'Business licence' },
    iso27001: { zh: 'ISO 27001', en: 'ISO 27001' },
    iso20000: { zh: 'ISO 20000', en: 'ISO 20000' },
    iso9001: { zh: 'ISO 9001', en: 'ISO 9001' },
    cmmi: { zh: 'CMMI', en: 'CMMI' },
    mlps: { zh: '等保测评', en: 'MLPS assessment' },
    itss: { zh: '信息系统建设和服务能力', en: 'ITSS capability' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Record<(typeof QUALIFICATION_TYPES)[number], unknown>,
};

export const vendorListParamsSchema = z.strictObject({ list: z.enum(VENDOR_LISTS) });

export const vendorListValueSchema = z.object({
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  active: z.boolean(),
  /** A default value: it can be renamed and deactivated, never removed. */
  builtin: z.boolean(),
  /** Vendors (type, tier) or qualifications (qualification-type) holding this value. */
  usage: z.number().int(),
});
export type VendorListValue = z.infer<typeof vendorListValueSchema>;

export const vendorListSchema = z.object({
  list: z.enum(VENDOR_LISTS),
  version: z.number().int(),
  values: z.array(vendorListValueSchema),
});
export type VendorList = z.infer<typeof vendorListSchema>;
export const vendorListsSchema = z.object({ lists: z.array(vendorListSchema) });
export type VendorLists = z.infer<typeof vendorListsSchema>;

/** The whole list in its new order; values left out are removed (builtin and used ones cannot be). */
export const updateVendorListSchema = z.strictObject({
  version: z.number().int().min(1).optional(),
  values: z
    .array(
      z.strictObject({
        code: listCodeSchema,
        labelZh: plainText(1, 100),
        labelEn: plainText(1, 100),
        active: z.boolean(),
      }),
    )
    .min(1)
    .max(200),
});
export type UpdateVendorListRequest = z.infer<typeof updateVendorListSchema>;
