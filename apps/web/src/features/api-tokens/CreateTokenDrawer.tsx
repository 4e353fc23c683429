import { API_TOKEN_MAX_DAYS, createApiTokenSchema } from '@thirdline/shared/api-tokens/api-tokens.schemas';
import { App, Checkbox, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Permission } from '../../api/types';
import { useAuth } from '../../app/auth';
import { applyServerErrors, zodRule } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { permissionLabel } from '../../components/labels';
import { SecretReveal } from '../../components/SecretReveal';
import { useI18n } from '../../i18n/I18nProvider';
import { useCreateApiToken } from './api';

interface Values {
  name: string;
  permissions: Permission[];
  expiresAt: Dayjs;
}

const fields = createApiTokenSchema.shape;

/** Creates a token with a subset of the caller's own permissions; the secret is shown once. */
export function CreateTokenDrawer(props: { open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { me } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateApiToken();
  const [secret, setSecret] = useState<string | null>(null);
  const own = me?.permissions ?? [];

  const close = () => {
    setSecret(null);
    form.resetFields();
    props.onClose();
  };

  const onFinish = async (v: Values) => {
    try {
      const created = await create.mutateAsync({
        name: v.name.trim(),
        permissions: v.permissions,
        expiresAt: v.expiresAt.endOf('day').toISOString(),
      });
      setSecret(created.secret);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  return (
    <FormDrawer
      open={props.open}
      onClose={close}
      title={t('token.new')}
      size={520}
      saving={create.isPending}
      onSave={() => form.submit()}
      closeOnly={!!secret}
    >
      {secret ? (
        <SecretReveal title={t('token.secretTitle')} secret={secret} label={t('token.name')} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ permissions: [], expiresAt: dayjs().add(90, 'day') }}
          onFinish={(v) => void onFinish(v)}
        >
          <Form.Item
            name="name"
            label={t('token.name')}
            rules={[{ required: true, whitespace: true, message: t('zod.required') }, zodRule(fields.name, i18n)]}
          >
            <Input autoFocus />
          </Form.Item>
          <Form.Item
            name="permissions"
            label={t('token.permissions')}
            extra={t('token.permissionsHint')}
            required
            rules={[zodRule(fields.permissions, i18n)]}
          >
            <Checkbox.Group>
              <Space orientation="vertical">
                {own.map((p) => (
                  <Checkbox key={p} value={p}>
                    {permissionLabel(i18n, p)} <code style={{ fontSize: 12, opacity: 0.7 }}>{p}</code>
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
          </Form.Item>
          <Form.Item
            name="expiresAt"
            label={t('token.expiresAt')}
            extra={t('token.expiresHint')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <DatePicker
              aria-label={t('token.expiresAt')}
              disabledDate={(d) =>
                d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(API_TOKEN_MAX_DAYS - 1, 'day'), 'day')
              }
            />
          </Form.Item>
        </Form>
      )}
    </FormDrawer>
  );
}
