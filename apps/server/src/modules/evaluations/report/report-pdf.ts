import PDFDocument from 'pdfkit';
import { fontBytes } from '../../../platform/workflow/approval-form';
import { rankLabel, STATUS_ZH, type ReportData } from './report-data';

const COLOURS = ['#1677ff', '#fa541c', '#52c41a', '#722ed1', '#faad14', '#13c2c2', '#eb2f96', '#2f54eb'];
const GAP = '\u3000';

type Doc = InstanceType<typeof PDFDocument>;

/** Radar chart of dimension scores (0–100) per vendor, drawn with pdfkit paths, with a legend below. */
function drawRadar(doc: Doc, data: ReportData, top: number): number {
  const vendors = data.results.vendors;
  const dimensions = vendors[0]?.dimensions.map((d) => d.dimension) ?? [];
  if (dimensions.length === 0) return top;
  const radius = 110;
  const cx = doc.page.width / 2;
  const cy = top + radius + 20;
  const point = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / dimensions.length;
    const r = (radius * Math.max(0, Math.min(100, value))) / 100;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const polygon = (values: number[]) => {
    values.forEach((v, i) => {
      const [x, y] = point(i, v);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath();
  };
  doc.save().lineWidth(0.5).strokeColor('#bfbfbf');
  for (const ring of [20, 40, 60, 80, 100]) {
    polygon(dimensions.map(() => ring));
    doc.stroke();
  }
  dimensions.forEach((_, i) => {
    const [x, y] = point(i, 100);
    doc.moveTo(cx, cy).lineTo(x, y).stroke();
  });
  doc.restore();
  doc.fontSize(8).fillColor('#000000');
  dimensions.forEach((name, i) => {
    const [x, y] = point(i, 118);
    doc.text(name, x - 50, y - 5, { width: 100, align: 'center', lineBreak: false });
  });
  vendors.forEach((v, n) => {
    const colour = COLOURS[n % COLOURS.length] as string;
    doc.save().lineWidth(1.5).strokeColor(colour).fillColor(colour).fillOpacity(0.12);
    polygon(v.dimensions.map((d) => d.score));
    doc.fillAndStroke();
    doc.restore();
  });
  let y = cy + radius + 30;
  vendors.forEach((v, n) => {
    const colour = COLOURS[n % COLOURS.length] as string;
    doc
      .save()
      .rect(60, y + 2, 10, 6)
      .fill(colour)
      .restore();
    doc.fillColor('#000000').fontSize(9).text(`${v.name}（${v.total}）`, 76, y, { lineBreak: false });
    y += 14;
  });
  doc.x = doc.page.margins.left;
  doc.y = y + 6;
  return doc.y;
}

/** The evaluation report as PDF (Noto Sans SC embedded, so Chinese renders everywhere). */
export async function renderReportPdf(data: ReportData, when: (d: Date | null) => string): Promise<Buffer> {
  const { evaluation: e, results } = data;
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `评审报告 ${e.reference}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(await fontBytes());
  doc.fontSize(18).text('供应商评审报告 Evaluation report', { align: 'center' }).moveDown(0.5);
  doc.fontSize(10);
  const line = (label: string, value: string) => doc.text(`${label}：${value}`);
  line('编号 Reference', e.reference);
  line('事项 Subject', e.title);
  line('评审模板 Template', `${e.templateName}（第 ${e.templateVersion} 版，${e.scale} 分制）`);
  line('状态 Status', STATUS_ZH[e.status] ?? e.status);
  line('评分结束 Closed', when(e.closedAt));

  doc.moveDown().fontSize(13).text('一、排名 Ranking').fontSize(10);
  for (const v of results.vendors) {
    const price = v.price ? `${GAP}报价 ${v.price}` : '';
    doc.text(`${rankLabel(v)}. ${v.name}${GAP}总分 ${v.total}${GAP}等级 ${v.grade}${price}`);
  }

  doc.moveDown().fontSize(13).text('二、维度得分雷达图 Dimension scores').fontSize(10);
  drawRadar(doc, data, doc.y + 4);

  doc.fontSize(13).text('三、各供应商优势与不足 Strengths and weaknesses').fontSize(10);
  for (const v of results.vendors) {
    doc.moveDown(0.3).fontSize(11).text(v.name).fontSize(9);
    doc.text(`优势：${v.strengths || '—'}`);
    doc.text(`不足：${v.weaknesses || '—'}`);
  }

  doc.moveDown().fontSize(13).text('四、推荐意见 Recommendation').fontSize(10);
  if (e.recommendedVendorId) {
    line('推荐供应商', data.vendorName(e.recommendedVendorId));
    line('推荐理由', e.recommendationReason ?? '—');
  } else doc.text('尚未提出推荐。');

  doc.moveDown().fontSize(13).text('五、评审小组与利益冲突声明 Panel and declarations').fontSize(10);
  for (const m of data.panel) {
    const conflicts = m.conflicts.map((x) => `${data.vendorName(x.vendorId)}（${x.reason}）`).join('；');
    doc.text(
      `${m.evaluator.displayName}${GAP}${m.department?.name ?? '—'}${GAP}` +
        `利益冲突：${m.declaredAt ? conflicts || '无' : '未声明'}`,
    );
  }
  if (results.outliers.length > 0) {
    doc.moveDown().fontSize(13).text('六、偏离提示 Outliers').fontSize(9);
    for (const o of results.outliers) {
      doc.text(
        `${data.vendorName(o.vendorId)} / ${data.criterionName(o.criterionId)}：${o.evaluator.displayName} ` +
          `评分 ${o.score}，中位数 ${o.median}，偏离 ${o.deviation}`,
      );
    }
  }
  doc.end();
  return done;
}
