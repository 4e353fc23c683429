import { Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { Evaluation } from './api';

const COLOUR: Record<Evaluation['status'], string> = {
  draft: 'default',
  scoring: 'processing',
  closed: 'warning',
  'in-approval': 'purple',
  approved: 'success',
};

export function EvaluationStatusTag({ status }: { status: Evaluation['status'] }) {
  const { t } = useI18n();
  return <Tag color={COLOUR[status]}>{t(`evaluations.status.${status}`)}</Tag>;
}
