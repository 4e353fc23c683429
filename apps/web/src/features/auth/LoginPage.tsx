import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginRequestSchema } from '@thirdline/shared/auth/auth.schemas';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { safeNext } from '../../app/guards';
import { PublicShell } from '../../app/PublicShell';
import { zodRule } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { me, signIn } = useAuth();
  const [searchParams] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const next = safeNext(searchParams.get('next'));

  // Navigate once the signed-in user is in the auth context, so the guarded page sees them.
  if (me && (target || !submitting)) return <Navigate to={target ?? next} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const signedIn = await signIn(values.username.trim(), values.password);
      setTarget(
        signedIn.user.mustChangePassword ? `/change-password?${new URLSearchParams({ next }).toString()}` : next,
      );
    } catch (e) {
      setError(e);
      setSubmitting(false);
    }
  };

  return (
    <PublicShell title={t('login.title')}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {searchParams.get('expired') && !error && <Alert type="warning" showIcon title={t('login.sessionExpired')} />}
        {searchParams.get('signedOut') && !error && <Alert type="info" showIcon title={t('login.signedOut')} />}
        {error !== null && <Alert type="error" showIcon role="alert" title={problemMessage(error, i18n)} />}
        <Form<LoginForm> layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)} autoComplete="on">
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[zodRule(loginRequestSchema.shape.username, i18n)]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[zodRule(loginRequestSchema.shape.password, i18n)]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Space>
    </PublicShell>
  );
}
