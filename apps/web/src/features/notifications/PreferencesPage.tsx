import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelSwitches } from '@thirdline/shared/notifications/notifications.schemas';
import { Alert, Card, Switch, Table, Typography } from 'antd';
import { problemMessage, useNotifyError } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { fetchPreferences, PREFERENCES_KEY, savePreferences } from './api';

const CHANNELS: (keyof ChannelSwitches)[] = ['inApp', 'email', 'chat'];

/** 通知偏好: for each kind of notification, which channels reach me; each switch saves at once. */
export function PreferencesPage() {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const prefs = useQuery({ queryKey: PREFERENCES_KEY, queryFn: fetchPreferences });
  const save = useMutation({
    mutationFn: (change: { kind: string; switches: ChannelSwitches }) =>
      savePreferences({ [change.kind]: change.switches }),
    onSuccess: (updated) => queryClient.setQueryData(PREFERENCES_KEY, updated),
    onError: notifyError,
  });
  const rows = Object.entries(prefs.data?.channels ?? {}).map(([kind, switches]) => ({ kind, switches }));

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('preferences.title')}
        </Typography.Title>
      }
      style={{ maxWidth: 900 }}
    >
      <Typography.Paragraph type="secondary">{t('preferences.hint')}</Typography.Paragraph>
      {prefs.isError && <Alert type="error" showIcon title={problemMessage(prefs.error, i18n)} />}
      <Table
        rowKey="kind"
        loading={prefs.isPending}
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('notifications.kind'),
            dataIndex: 'kind',
            render: (kind: string) => tx(`notificationKind.${kind}`, kind),
          },
          ...CHANNELS.map((channel) => ({
            title: t(`preferences.${channel}`),
            key: channel,
            width: 120,
            render: (_: unknown, row: (typeof rows)[number]) => (
              <Switch
                checked={row.switches[channel]}
                aria-label={`${tx(`notificationKind.${row.kind}`, row.kind)}: ${t(`preferences.${channel}`)}`}
                onChange={(on) => save.mutate({ kind: row.kind, switches: { ...row.switches, [channel]: on } })}
              />
            ),
          })),
        ]}
      />
    </Card>
  );
}
