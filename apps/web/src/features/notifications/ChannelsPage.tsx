import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  SIGNING_VENDORS,
  type ChatVendor,
  type NotificationChannel,
} from '@thirdline/shared/notifications/notifications.schemas';
import { Alert, App, Button, Card, Checkbox, Form, Input, Space, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { applyServerErrors } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { CHANNELS_KEY, fetchChannels, saveChannels, testChannel } from './api';

interface Values {
  enabled: boolean;
  webhookUrl: string;
  secret: string;
  removeSecret: boolean;
}

/** One robot's settings: enabled, webhook URL, signing secret (write-only), a test button. */
function ChannelCard({ channel }: { channel: NotificationChannel }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const signs = SIGNING_VENDORS.includes(channel.vendor);
  const name = t(`channels.vendor.${channel.vendor}` as `channels.vendor.${ChatVendor}`);

  useEffect(() => {
    form.setFieldsValue({
      enabled: channel.enabled,
      webhookUrl: channel.webhookUrl ?? '',
      secret: '',
      removeSecret: false,
    });
  }, [channel, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      saveChannels([
        {
          vendor: channel.vendor,
          enabled: v.enabled,
          webhookUrl: v.webhookUrl.trim() || null,
          ...(v.removeSecret ? { secret: null } : v.secret ? { secret: v.secret } : {}),
        },
      ]),
    onSuccess: (updated) => queryClient.setQueryData(CHANNELS_KEY, updated),
  });
  const test = useMutation({ mutationFn: () => testChannel(channel.vendor) });

  const onFinish = async (v: Values) => {
    try {
      await save.mutateAsync(v);
      void message.success(t('common.saved'));
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  const onTest = async () => {
    try {
      const result = await test.mutateAsync();
      if (result.ok) void message.success(t('channels.testOk'));
      else void message.error(t('channels.testFailed', { error: result.error ?? '' }));
    } catch (e) {
      void message.error(problemMessage(e, i18n));
    }
  };

  return (
    <Card type="inner" title={name} data-testid={`channel-${channel.vendor}`}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="enabled" label={t('channels.enabled')} valuePropName="checked">
          <Switch aria-label={`${name}: ${t('channels.enabled')}`} />
        </Form.Item>
        <Form.Item name="webhookUrl" label={t('channels.webhookUrl')}>
          <Input placeholder="https://" />
        </Form.Item>
        {signs && (
          <>
            <Form.Item
              name="secret"
              label={t('channels.secret')}
              extra={channel.hasSecret ? t('channels.secretKept') : t('channels.secretNone')}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            {channel.hasSecret && (
              <Form.Item name="removeSecret" valuePropName="checked">
                <Checkbox>{t('channels.removeSecret')}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void onTest()} loading={test.isPending} disabled={!channel.enabled}>
            {t('channels.test')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/** 通知渠道: the organisation's DingTalk, WeCom and Feishu group robots (settings:write). */
export function ChannelsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const channels = useQuery({ queryKey: CHANNELS_KEY, queryFn: fetchChannels });
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('channels.title')}
        </Typography.Title>
      }
      style={{ maxWidth: 820 }}
      loading={channels.isPending}
    >
      <Typography.Paragraph type="secondary">{t('channels.hint')}</Typography.Paragraph>
      {channels.isError && <Alert type="error" showIcon title={problemMessage(channels.error, i18n)} />}
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {channels.data?.items.map((c) => (
          <ChannelCard key={c.vendor} channel={c} />
        ))}
      </Space>
    </Card>
  );
}
