import type { SourcingStatus } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useT } from '../../i18n/I18nProvider';

const TONES: Record<SourcingStatus, Tone> = {
  draft: 'default',
  'in-approval': 'processing',
  approved: 'success',
  rejected: 'error',
  returned: 'warning',
  sourcing: 'processing',
  awarded: 'success',
  cancelled: 'default',
};

export function SourcingStatusTag({ status }: { status: SourcingStatus }) {
  const t = useT();
  return <StatusTag tone={TONES[status]} text={t(`sourcing.status.${status}`)} />;
}
