import type { EmergencyAction } from '@thirdline/shared/emergency/emergency.schemas';
import type { XlsxColumn } from '../../platform/http/xlsx';

const STATUS = {
  'report-due': { zh: '待提交报告', en: 'Report due' },
  reported: { zh: '已提交报告', en: 'Reported' },
  acknowledged: { zh: '已确认', en: 'Acknowledged' },
} as const;

/** Export columns of the emergency-action list, headers and status labels in zh-CN or en-US. */
export function emergencyColumns(zh: boolean): XlsxColumn<EmergencyAction>[] {
  const col = (zhHeader: string, enHeader: string, value: (a: EmergencyAction) => string | null, width = 18) => ({
    header: zh ? zhHeader : enHeader,
    value,
    width,
  });
  const yes = zh ? '是' : 'yes';
  return [
    col('编号', 'Reference', (a) => a.reference, 16),
    col('事项', 'Title', (a) => a.title, 30),
    col('处置时间', 'Acted at', (a) => a.actedAt, 22),
    col('报告截止', 'Report due', (a) => a.reportDueAt, 22),
    col('状态', 'Status', (a) => STATUS[a.status][zh ? 'zh' : 'en']),
    col('逾期', 'Overdue', (a) => (a.overdue ? yes : null), 8),
    col('迟交', 'Reported late', (a) => (a.reportedLate ? yes : null), 8),
    col('报告人', 'Reporter', (a) => a.reporter.displayName),
    col('供应商', 'Vendor', (a) => a.vendor?.name ?? null, 24),
    col('处置内容', 'What was done', (a) => a.description, 40),
    col('原因', 'Why', (a) => a.reason, 40),
    col('书面报告', 'Report', (a) => a.report, 40),
  ];
}
