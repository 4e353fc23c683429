import { APPROVAL_STATUSES } from '@thirdline/shared/workflow/workflow.schemas';
import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ListColumn } from '../../components/list/ListPage';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { LocalName } from './api';

/** The name in the UI language (flows and stages carry both). */
export const localName = (i18n: I18n, name: LocalName | null | undefined) =>
  name ? (i18n.locale === 'zh-CN' ? name.zh : name.en || name.zh) : i18n.t('common.empty');

export const approvalLabel = (i18n: I18n, group: string, code: string) => i18n.tx(`approval.${group}.${code}`, code);

export const formatTime = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

export const RECORD_TYPES = [
  'vendor',
  'sourcing-request',
  'contract',
  'contract-variation',
  'contract-renewal',
  'evaluation',
  'vendor-action',
  'emergency-action',
] as const;

const APPROVAL_TONES: Record<string, Tone> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  returned: 'warning',
  withdrawn: 'default',
};
const STAGE_TONES: Record<string, Tone> = {
  waiting: 'default',
  active: 'processing',
  approved: 'success',
  rejected: 'error',
  returned: 'warning',
  skipped: 'default',
};
const TASK_TONES: Record<string, Tone> = {
  open: 'processing',
  approved: 'success',
  rejected: 'error',
  returned: 'warning',
  delegated: 'default',
  cancelled: 'default',
};
const TONES = { status: APPROVAL_TONES, stageStatus: STAGE_TONES, taskStatus: TASK_TONES };

/** Status of an approval, a stage or a task, as text with icon and colour. */
export function ApprovalTag({ kind, status }: { kind: keyof typeof TONES; status: string }) {
  const i18n = useI18n();
  return <StatusTag tone={TONES[kind][status] ?? 'default'} text={approvalLabel(i18n, kind, status)} />;
}

/** "Overdue" and "exception" markers of a task; text, not only colour. */
export function TaskMarkers({ overdue, exception }: { overdue: boolean; exception: boolean }) {
  const { t } = useI18n();
  if (!overdue && !exception) return null;
  return (
    <Space size={4}>
      {overdue && <Tag color="error">{t('task.overdue')}</Tag>}
      {exception && <Tag color="warning">{t('task.exception')}</Tag>}
    </Space>
  );
}

export const recordTypeOptions = (i18n: I18n) =>
  RECORD_TYPES.map((value) => ({ value, label: approvalLabel(i18n, 'recordType', value) }));
export const approvalStatusOptions = (i18n: I18n) =>
  APPROVAL_STATUSES.map((value) => ({ value, label: approvalLabel(i18n, 'status', value) }));

interface ApprovalRow {
  title: string;
  reference: string;
  recordType: string;
  flowName: LocalName;
}

/** The first columns of the task and request lists: subject (linked to the approval), record type, flow. */
export function subjectColumns<T extends ApprovalRow>(i18n: I18n, approvalIdOf: (row: T) => string): ListColumn<T>[] {
  const { t } = i18n;
  return [
    {
      key: 'title',
      title: t('approval.subject'),
      locked: true,
      render: (row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/approvals/${approvalIdOf(row)}`}>{row.title}</Link>
          <Typography.Text type="secondary">{row.reference}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'recordType',
      title: t('approval.recordType'),
      render: (row) => approvalLabel(i18n, 'recordType', row.recordType),
    },
    { key: 'flow', title: t('approval.flow'), render: (row) => localName(i18n, row.flowName) },
  ];
}
