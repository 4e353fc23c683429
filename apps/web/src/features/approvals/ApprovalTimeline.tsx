import { Empty, Timeline, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { TimelineEntry } from './api';
import { approvalLabel, formatTime, localName } from './labels';

/** What happened to an approval, oldest first: submissions, decisions, comments, escalations. */
export function ApprovalTimeline({ entries }: { entries: TimelineEntry[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!entries.length) return <Empty description={t('approval.timelineEmpty')} />;
  return (
    <Timeline
      items={entries.map((e, i) => ({
        key: `${e.at}-${i}`,
        content: (
          <div>
            <Typography.Text strong>{approvalLabel(i18n, 'action', e.action)}</Typography.Text>
            {e.stageName && <Typography.Text type="secondary">{` · ${localName(i18n, e.stageName)}`}</Typography.Text>}
            <div>
              <Typography.Text type="secondary">
                {t('history.by', { actor: e.actor?.displayName ?? t('history.system'), time: formatTime(e.at) })}
              </Typography.Text>
            </div>
            {e.comment && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{e.comment}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
}
