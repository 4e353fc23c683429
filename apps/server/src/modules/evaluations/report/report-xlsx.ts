import ExcelJS from 'exceljs';
import { neutraliseCell, type XlsxValue } from '../../../platform/http/xlsx';
import { rankLabel, type ReportData } from './report-data';

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: XlsxValue[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, width: Math.max(12, h.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => neutraliseCell(v) ?? null));
}

/** The report as a workbook: ranking, per-criterion statistics, panel with declarations, outliers. */
export async function renderReportXlsx(data: ReportData): Promise<Buffer> {
  const { results } = data;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thirdline';
  const dimensions = results.vendors[0]?.dimensions.map((d) => d.dimension) ?? [];
  addSheet(
    workbook,
    '排名',
    ['排名', '供应商', '报价', '总分', '等级', ...dimensions, '优势', '不足', '推荐'],
    results.vendors.map((v) => [
      rankLabel(v),
      v.name,
      v.price,
      v.total,
      v.grade,
      ...v.dimensions.map((d) => d.score),
      v.strengths,
      v.weaknesses,
      data.evaluation.recommendedVendorId === v.vendorId ? (data.evaluation.recommendationReason ?? '是') : '',
    ]),
  );
  addSheet(
    workbook,
    '评分统计',
    ['供应商', '评分项', '得分', '平均', '中位数', '最低', '最高', '极差', '评分人数'],
    results.vendors.flatMap((v) =>
      v.criteria.map((c) => [
        v.name,
        data.criterionName(c.criterionId),
        c.score,
        c.mean,
        c.median,
        c.min,
        c.max,
        c.spread,
        c.count,
      ]),
    ),
  );
  addSheet(
    workbook,
    '评审小组',
    ['评审人', '部门', '声明时间', '利益冲突'],
    data.panel.map((m) => [
      m.evaluator.displayName,
      m.department?.name ?? '',
      m.declaredAt,
      m.conflicts.map((x) => `${data.vendorName(x.vendorId)}：${x.reason}`).join('；') || '无',
    ]),
  );
  addSheet(
    workbook,
    '偏离提示',
    ['供应商', '评分项', '评审人', '评分', '中位数', '偏离'],
    results.outliers.map((o) => [
      data.vendorName(o.vendorId),
      data.criterionName(o.criterionId),
      o.evaluator.displayName,
      o.score,
      o.median,
      o.deviation,
    ]),
  );
  const body = await workbook.xlsx.writeBuffer();
  return Buffer.from(body as ArrayBuffer);
}
