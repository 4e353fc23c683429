import type { XlsxColumn } from '../../platform/http/xlsx';
import type { VendorRow } from './vendors.repository';

/** Most rows an xlsx export writes. */
export const EXPORT_ROW_LIMIT = 50_000;

/** The export columns, in the order of the import template (R3 import/export), headers in zh-CN or en-US. */
export function vendorColumns(zh: boolean): XlsxColumn<VendorRow>[] {
  const col = (
    zhHeader: string,
    enHeader: string,
    value: (v: VendorRow) => string | number | null,
    width?: number,
  ) => ({
    header: zh ? zhHeader : enHeader,
    value,
    ...(width ? { width } : {}),
  });
  return [
    col('编号', 'Reference', (v) => v.reference, 14),
    col('名称', 'Name', (v) => v.name, 30),
    col('英文名称', 'English name', (v) => v.englishName, 30),
    col('简称', 'Short name', (v) => v.shortName),
    col('统一社会信用代码', 'USCC', (v) => v.uscc, 22),
    col('LEI', 'LEI', (v) => v.lei, 22),
    col('国家或地区', 'Country/region', (v) => v.country),
    col('注册地址', 'Registered address', (v) => v.registeredAddress, 30),
    col('注册资本', 'Registered capital', (v) => v.registeredCapital),
    col('币种', 'Currency', (v) => v.registeredCapitalCurrency),
    col('成立日期', 'Established on', (v) => v.establishedOn),
    col('法定代表人', 'Legal representative', (v) => v.legalRepresentative),
    col('经营范围', 'Business scope', (v) => v.businessScope, 40),
    col('网址', 'Website', (v) => v.website, 24),
    col('供应商类型', 'Vendor type', (v) => v.type),
    col('外包类别', 'Outsourcing categories', (v) => v.outsourcingCategories.join(', '), 24),
    col('来源渠道', 'Source channel', (v) => v.sourceChannel),
    col('重要性等级', 'Criticality tier', (v) => v.tier),
    col('状态', 'Status', (v) => v.status),
  ];
}
