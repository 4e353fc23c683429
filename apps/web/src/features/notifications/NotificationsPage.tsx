import { Card, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { NotificationList } from './NotificationList';

export function NotificationsPage() {
  const { t } = useI18n();
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('notifications.title')}
        </Typography.Title>
      }
      style={{ maxWidth: 900 }}
    >
      <NotificationList />
    </Card>
  );
}
