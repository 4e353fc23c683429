import type { XlsxColumn } from '../../../platform/http/xlsx';
import type { LedgerRow } from './ledger.repository';

/** Most rows an xlsx export writes. */
export const EXPORT_ROW_LIMIT = 50_000;

const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  'in-review': '审查中',
  'in-approval': '审批中',
  approved: '已批准',
  active: '履行中',
  expired: '已到期',
  terminated: '已终止',
  archived: '已归档',
};

/** The ledger's export columns, headers (and status) in zh-CN or en-US; amounts as numbers for sums in Excel. */
export function ledgerColumns(zh: boolean): XlsxColumn<LedgerRow>[] {
  const col = (
    zhHeader: string,
    enHeader: string,
    value: (r: LedgerRow) => string | number | boolean | null,
    width?: number,
  ) => ({
    header: zh ? zhHeader : enHeader,
    value,
    ...(width ? { width } : {}),
  });
  return [
    col('合同编号', 'Reference', (r) => r.reference, 16),
    col('合同名称', 'Title', (r) => r.title, 30),
    col('供应商', 'Vendor', (r) => r.vendor_name, 30),
    col('合同类型', 'Type', (r) => r.type),
    col('外包类别', 'Outsourcing category', (r) => r.outsourcing_category),
    col('重要外包', 'Material', (r) => (zh ? (r.material ? '是' : '否') : r.material)),
    col('所属部门', 'Department', (r) => r.department_name, 20),
    col('币种', 'Currency', (r) => r.currency),
    col('合同金额', 'Amount', (r) => Number(r.amount), 16),
    col('已付金额', 'Paid', (r) => Number(r.paid), 16),
    col('未付金额', 'Unpaid', (r) => Number(r.unpaid), 16),
    col('开始日期', 'Start date', (r) => r.start_date),
    col('结束日期', 'End date', (r) => r.end_date),
    col('状态', 'Status', (r) => (zh ? (STATUS_ZH[r.status] ?? r.status) : r.status)),
  ];
}
