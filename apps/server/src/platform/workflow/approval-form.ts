import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ApprovalDetail } from '@thirdline/shared/workflow/workflow.schemas';
import PDFDocument from 'pdfkit';
import type { ApprovalContext } from './workflow.table';

/**
 * Noto Sans SC (Source Han Sans, OFL) from the @embedpdf/fonts-sc package: a fresh machine needs no system fonts.
 * pdfkit embeds only the glyphs used (subset), so a form stays around 50 KB.
 */
const FONT_FILE = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')),
  '..',
  'fonts',
  'NotoSansHans-Regular.otf',
);
let font: Promise<Buffer> | undefined;
/** The font's bytes, read once per process (8 MB). */
export const fontBytes = () => (font ??= readFile(FONT_FILE));

const STATUS_ZH: Record<string, string> = {
  pending: '审批中',
  approved: '已通过',
  rejected: '已驳回',
  returned: '已退回',
  withdrawn: '已撤回',
  waiting: '未开始',
  active: '进行中',
  skipped: '已跳过（条件不满足）',
  open: '待处理',
  delegated: '已转交',
  cancelled: '已取消',
};

const FIELD_ZH: Record<string, string> = {
  amount: '金额（人民币，与审批门槛比较）',
  currency: '币种',
  budgetAmount: '预算金额（原币）',
  contractAmount: '合同金额（原币）',
  price: '报价（原币）',
  rateToCny: '汇率（兑人民币）',
  riskLevel: '风险等级',
  vendorTier: '供应商分级',
  department: '部门',
  category: '类别',
};

/** An ideographic space between columns of a line. */
const GAP = '\u3000';

/** Wall-clock time in the organisation's zone. */
function formatTime(iso: string | null, timeZone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The printable approval form (审批单): record summary, then every stage with decider, decision, time, comment. */
export async function renderApprovalForm(
  detail: ApprovalDetail,
  context: ApprovalContext,
  timeZone: string,
): Promise<Buffer> {
  const when = (iso: string | null) => formatTime(iso, timeZone);
  const regular = await fontBytes();
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `审批单 ${detail.reference}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(regular);
  doc.fontSize(18).text('审批单 Approval form', { align: 'center' }).moveDown(0.5);
  doc.fontSize(10);
  const line = (label: string, value: string) => doc.text(`${label}：${value}`);
  line('编号 Reference', detail.reference);
  line('流程 Flow', `${detail.flowName.zh} / ${detail.flowName.en}`);
  line('事项 Subject', detail.title);
  line('申请人 Submitter', detail.submitter.displayName);
  line('提交时间 Submitted', when(detail.createdAt));
  line('状态 Status', `${STATUS_ZH[detail.status] ?? detail.status} (${detail.status})`);
  if (detail.decidedAt) line('办结时间 Decided', when(detail.decidedAt));
  for (const [field, value] of Object.entries(context)) {
    if (value !== null) line(FIELD_ZH[field] ?? field, String(value));
  }
  doc.moveDown();
  for (const stage of detail.stages) {
    doc
      .fontSize(12)
      .text(`${stage.index + 1}. ${stage.name.zh}（${STATUS_ZH[stage.status] ?? stage.status}）`)
      .fontSize(10);
    const decided = stage.tasks.filter((t) => t.status !== 'cancelled' || t.comment);
    if (decided.length === 0) doc.text('    —');
    for (const task of decided) {
      doc.text(
        `    ${task.assignee.displayName}：${STATUS_ZH[task.status] ?? task.status}${GAP}${when(task.decidedAt)}` +
          (task.comment ? `${GAP}意见：${task.comment}` : ''),
      );
    }
    doc.moveDown(0.5);
  }
  doc.moveDown().fontSize(12).text('审批记录 Timeline').fontSize(9);
  for (const e of detail.timeline) {
    const who = e.actor?.displayName ?? '系统';
    const stage = e.stageName ? `［${e.stageName.zh}］` : '';
    doc.text(`${when(e.at)}${GAP}${who}${GAP}${e.action}${stage}${e.comment ? `${GAP}${e.comment}` : ''}`);
  }
  doc.end();
  return done;
}
