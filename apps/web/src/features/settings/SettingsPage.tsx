import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { updateOrgSettingsSchema } from '@thirdline/shared/org/org.schemas';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { api } from '../../api/client';
import type { OrgSettings } from '../../api/types';
import { useAuth } from '../../app/auth';
import { applyServerErrors, zodRule } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { ExchangeRatesCard } from '../exchange-rates/ExchangeRatesCard';
import { useI18n } from '../../i18n/I18nProvider';

const KEY = ['/org-settings'];
const fields = updateOrgSettingsSchema.shape;
const DEFAULT_ZONE = 'Asia/Shanghai';

function timeZones(): string[] {
  try {
    const zones = Intl.supportedValuesOf('timeZone');
    return zones.includes(DEFAULT_ZONE) ? zones : [DEFAULT_ZONE, ...zones];
  } catch {
    return [DEFAULT_ZONE, 'UTC'];
  }
}

interface Values {
  name: string;
  timeZone: string;
  emergencyReportHours: number;
}

export function SettingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const settings = useQuery({ queryKey: KEY, queryFn: () => api.get<OrgSettings>('/org-settings') });
  const save = useMutation({
    mutationFn: (v: Values) => api.patch<OrgSettings>('/org-settings', { version: settings.data?.version, ...v }),
    onSuccess: (updated) => queryClient.setQueryData(KEY, updated),
  });
  const editable = can('settings:write');
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);

  useEffect(() => {
    if (settings.data)
      form.setFieldsValue({
        name: settings.data.name,
        timeZone: settings.data.timeZone || DEFAULT_ZONE,
        emergencyReportHours: settings.data.emergencyReportHours,
      });
  }, [settings.data, form]);

  const onFinish = async (v: Values) => {
    try {
      await save.mutateAsync({
        name: v.name.trim(),
        timeZone: v.timeZone,
        emergencyReportHours: v.emergencyReportHours,
      });
      void message.success(t('common.saved'));
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
      if (e instanceof Error && 'code' in e && e.code === 'version_conflict') void settings.refetch();
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('settings.title')}
          </Typography.Title>
        }
        style={{ maxWidth: 720 }}
      >
        {settings.isError && <Alert type="error" showIcon title={problemMessage(settings.error, i18n)} />}
        {!editable && <Alert type="info" showIcon title={t('settings.readOnly')} style={{ marginBottom: 16 }} />}
        {settings.isPending ? (
          <Skeleton active />
        ) : (
          <Form<Values>
            form={form}
            layout="vertical"
            disabled={!editable}
            initialValues={{ timeZone: DEFAULT_ZONE }}
            onFinish={(v) => void onFinish(v)}
          >
            <Form.Item
              name="name"
              label={t('settings.name')}
              rules={[{ required: true, whitespace: true, message: t('zod.required') }, zodRule(fields.name, i18n)]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="timeZone"
              label={t('settings.timeZone')}
              extra={t('settings.timeZoneHint')}
              rules={[{ required: true, message: t('zod.required') }, zodRule(fields.timeZone, i18n)]}
            >
              <Select aria-label={t('settings.timeZone')} options={zones} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item
              name="emergencyReportHours"
              label={t('settings.emergencyReportHours')}
              extra={t('settings.emergencyReportHoursHint')}
              rules={[{ required: true, message: t('zod.required') }, zodRule(fields.emergencyReportHours, i18n)]}
            >
              <InputNumber min={1} max={720} precision={0} suffix={t('settings.hours')} />
            </Form.Item>
            {editable && (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            )}
          </Form>
        )}
      </Card>
      <ExchangeRatesCard />
    </Space>
  );
}
