import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { AppLayout } from '../../app/AppLayout';
import { useAuth } from '../../app/auth';
import { safeNext } from '../../app/guards';
import { PublicShell } from '../../app/PublicShell';
import { applyServerErrors } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { passwordPolicyRule } from './password-rules';
import { PasswordPolicy } from './PasswordPolicy';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ChangePasswordForm({ forced }: { forced: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { me, refresh } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: PasswordForm) => {
    setSaving(true);
    setError(null);
    try {
      await api.post('/me/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      void message.success(t('pwd.success'));
      await refresh();
      form.resetFields();
    } catch (e) {
      setError(applyServerErrors(form, e, i18n));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {forced && <Alert type="warning" showIcon title={t('pwd.forcedNotice')} />}
      <PasswordPolicy />
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <input type="text" name="username" autoComplete="username" value={me?.user.username ?? ''} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t('pwd.current')}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('pwd.new')}
          rules={[{ required: true, message: t('zod.required') }, passwordPolicyRule(i18n, () => me?.user.username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('pwd.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('zod.required') },
            ({ getFieldValue }) => ({
              validator: async (_r, value?: string) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('pwd.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} block={forced}>
          {t('pwd.submit')}
        </Button>
      </Form>
    </Space>
  );
}

/** Forced change (first sign-in, after a reset) on a plain page; voluntary change inside the app frame. */
export function ChangePasswordRoute() {
  const { t } = useI18n();
  const { me, signOut } = useAuth();
  const [searchParams] = useSearchParams();
  const [forcedAtStart] = useState(!!me?.user.mustChangePassword);
  // Once the forced change went through, continue to where the user was going.
  if (forcedAtStart && me && !me.user.mustChangePassword) {
    return <Navigate to={safeNext(searchParams.get('next'))} replace />;
  }
  if (me?.user.mustChangePassword) {
    return (
      <PublicShell title={t('pwd.title')} width={480}>
        <ChangePasswordForm forced />
        <Button type="link" onClick={() => void signOut()} style={{ marginTop: 8, paddingInline: 0 }}>
          {t('user.signOut')}
        </Button>
      </PublicShell>
    );
  }
  return (
    <AppLayout>
      <Card title={t('pwd.title')} style={{ maxWidth: 560 }}>
        <ChangePasswordForm forced={false} />
      </Card>
    </AppLayout>
  );
}
