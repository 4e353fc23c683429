import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, List, Pagination, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemMessage, useNotifyError } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead, NOTIFICATIONS_KEY } from './api';

/** The caller's notifications: newest first, mark one or all read, a link to the record. */
export function NotificationList({ compact = false, onNavigate }: { compact?: boolean; onNavigate?: () => void }) {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pageSize = compact ? 8 : 20;
  const list = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', page, pageSize, unreadOnly],
    queryFn: () => fetchNotifications({ page, pageSize, ...(unreadOnly ? { unread: true } : {}) }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const readOne = useMutation({ mutationFn: markNotificationRead, onSuccess: refresh, onError: notifyError });
  const readAll = useMutation({ mutationFn: markAllNotificationsRead, onSuccess: refresh, onError: notifyError });
  const unread = list.data?.unread ?? 0;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        {compact ? (
          <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        ) : (
          <Space>
            <Switch
              checked={unreadOnly}
              onChange={(v) => (setUnreadOnly(v), setPage(1))}
              aria-label={t('notifications.unreadOnly')}
            />
            {t('notifications.unreadOnly')}
          </Space>
        )}
        <Button size="small" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Space>
      {list.isError && <Alert type="error" showIcon title={problemMessage(list.error, i18n)} />}
      <List
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty')}
            />
          ),
        }}
        renderItem={(n) => (
          <List.Item
            data-testid="notification-item"
            actions={
              n.readAt
                ? []
                : [
                    <Button key="read" size="small" type="link" onClick={() => readOne.mutate(n.id)}>
                      {t('notifications.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space size={4} wrap>
                  {!n.readAt && <Tag color="blue">{t('notifications.unread')}</Tag>}
                  {n.link ? (
                    <Link
                      to={n.link}
                      onClick={() => {
                        if (!n.readAt) readOne.mutate(n.id);
                        onNavigate?.();
                      }}
                    >
                      {n.title}
                    </Link>
                  ) : (
                    <span>{n.title}</span>
                  )}
                </Space>
              }
              description={`${tx(`notificationKind.${n.kind}`, n.kind)} · ${dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}`}
            />
          </List.Item>
        )}
      />
      {compact ? (
        <Link to="/notifications" onClick={onNavigate}>
          {t('notifications.viewAll')}
        </Link>
      ) : (
        <Pagination
          current={page}
          pageSize={pageSize}
          total={list.data?.total ?? 0}
          onChange={setPage}
          hideOnSinglePage
          showSizeChanger={false}
        />
      )}
    </Space>
  );
}
