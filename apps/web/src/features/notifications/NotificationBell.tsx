import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { fetchUnreadCount, NOTIFICATIONS_KEY } from './api';
import { NotificationList } from './NotificationList';

/** The header bell: unread count (polled every minute) and a drop-down of the latest notifications. */
export function NotificationBell() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const count = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: fetchUnreadCount,
    refetchInterval: 60_000,
  });
  const unread = count.data?.unread ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={
        <div style={{ width: 380 }}>
          <NotificationList compact onNavigate={() => setOpen(false)} />
        </div>
      }
    >
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined aria-hidden style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
