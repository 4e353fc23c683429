import { Badge } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { useTaskCount } from './api';

/** Open tasks of the caller next to the 我的待办 menu entry; red when some are overdue. */
export function TaskCountBadge() {
  const { t } = useI18n();
  const count = useTaskCount().data;
  if (!count?.open) return null;
  const text = t('task.countBadge', { open: count.open, overdue: count.overdue });
  return (
    <Badge
      count={count.open}
      overflowCount={99}
      size="small"
      color={count.overdue > 0 ? 'red' : 'blue'}
      title={text}
      aria-label={text}
      data-testid="task-count"
      style={{ marginInlineStart: 8 }}
    />
  );
}
