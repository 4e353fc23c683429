import { Space } from 'antd';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useT } from '../../i18n/I18nProvider';
import type { EmergencyAction, EmergencyStatus } from './api';

const TONES: Record<EmergencyStatus, Tone> = {
  'report-due': 'processing',
  reported: 'warning',
  acknowledged: 'success',
};

/** The status, plus "overdue" or "late" when the report deadline was missed. */
export function EmergencyStatusTag({
  action,
}: {
  action: Pick<EmergencyAction, 'status' | 'overdue' | 'reportedLate'>;
}) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <StatusTag tone={TONES[action.status]} text={t(`emergency.status.${action.status}`)} />
      {action.overdue && <StatusTag tone="error" text={t('emergency.overdue')} />}
      {action.reportedLate && <StatusTag tone="warning" text={t('emergency.reportedLate')} />}
    </Space>
  );
}
