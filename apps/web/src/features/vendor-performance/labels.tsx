import { Space, Tag } from 'antd';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useT } from '../../i18n/I18nProvider';
import type { Campaign, Grade, VendorAction } from './api';

const ACTION_TONES: Record<VendorAction['status'], Tone> = {
  'in-approval': 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  closed: 'success',
};

export function VendorActionStatusTag({ action }: { action: Pick<VendorAction, 'status' | 'overdue'> }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <StatusTag tone={ACTION_TONES[action.status]} text={t(`va.status.${action.status}`)} />
      {action.overdue && <StatusTag tone="error" text={t('va.overdue')} />}
    </Space>
  );
}

export function CampaignStatusTag({ campaign }: { campaign: Pick<Campaign, 'status' | 'overdue'> }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <StatusTag
        tone={campaign.status === 'open' ? 'processing' : 'success'}
        text={t(`re.status.${campaign.status}`)}
      />
      {campaign.overdue && <StatusTag tone="error" text={t('re.overdue')} />}
    </Space>
  );
}

const GRADE_COLOURS: Record<Grade, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** A grade as its letter (the letter carries the meaning; the colour only repeats it). */
export function GradeTag({ grade }: { grade: Grade | null }) {
  const t = useT();
  if (!grade) return <>{t('common.empty')}</>;
  return <Tag color={GRADE_COLOURS[grade]}>{grade}</Tag>;
}
