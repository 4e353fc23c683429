import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { OUTBOX_STATUSES, type OutboxEntry } from '@thirdline/shared/notifications/notifications.schemas';
import { App, Button, Card, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { fetchOutbox, OUTBOX_KEY, retryOutbox } from '../notifications/api';
import { when } from './format';

const STATUS_COLOURS: Record<OutboxEntry['status'], string> = {
  pending: 'blue',
  failed: 'orange',
  sent: 'green',
  dead: 'red',
};

/** The e-mails and chat messages: status, attempts, last error; failed and dead ones can be sent again. */
export function OutboxTable() {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const outbox = useQuery({
    queryKey: [...OUTBOX_KEY, status, page],
    queryFn: () => fetchOutbox({ page, pageSize: 20, ...(status ? { status } : {}) }),
    refetchInterval: 10_000,
  });
  const retry = useMutation({
    mutationFn: retryOutbox,
    onSuccess: () => (void message.success(t('jobs.retried')), queryClient.invalidateQueries({ queryKey: OUTBOX_KEY })),
    onError: (e) => void message.error(problemMessage(e, i18n)),
  });
  const channelName = (c: OutboxEntry['channel']) =>
    c === 'email' ? t('jobs.channel.email') : `${tx(`channels.vendor.${c}`, c)} · ${t('jobs.channel.group')}`;

  return (
    <Card
      title={t('jobs.outbox')}
      extra={
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('jobs.allStatuses')}
          aria-label={t('jobs.status')}
          value={status}
          onChange={(v: string | undefined) => (setStatus(v), setPage(1))}
          options={OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`outboxStatus.${s}`) }))}
        />
      }
    >
      <Table<OutboxEntry>
        rowKey="id"
        loading={outbox.isPending}
        dataSource={outbox.data?.items ?? []}
        locale={{ emptyText: t('jobs.outboxEmpty') }}
        pagination={{
          current: page,
          pageSize: 20,
          total: outbox.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: t('notifications.time'), dataIndex: 'createdAt', render: when, width: 170 },
          { title: t('jobs.channel'), dataIndex: 'channel', render: channelName },
          {
            title: t('jobs.recipient'),
            dataIndex: 'recipient',
            render: (r: OutboxEntry['recipient']) => r?.displayName ?? '—',
          },
          { title: t('notifications.content'), dataIndex: 'title' },
          {
            title: t('jobs.status'),
            dataIndex: 'status',
            render: (s: OutboxEntry['status']) => <Tag color={STATUS_COLOURS[s]}>{t(`outboxStatus.${s}`)}</Tag>,
          },
          { title: t('jobs.attempts'), dataIndex: 'attempts', width: 90 },
          { title: t('jobs.nextAttempt'), dataIndex: 'nextAttemptAt', render: when, width: 170 },
          {
            title: t('jobs.lastError'),
            dataIndex: 'lastError',
            render: (e: string | null) =>
              e ? (
                <Typography.Text type="danger" ellipsis={{ tooltip: e }} style={{ maxWidth: 240 }}>
                  {e}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            key: 'actions',
            width: 90,
            render: (_, row) =>
              row.status === 'failed' || row.status === 'dead' ? (
                <Button size="small" onClick={() => retry.mutate(row.id)}>
                  {t('jobs.retry')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
