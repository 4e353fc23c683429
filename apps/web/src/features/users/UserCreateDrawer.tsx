import { App, Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { createUserSchema, type Locale } from '@thirdline/shared/org/org.schemas';
import type { CreatedUser, Role } from '../../api/types';
import { applyServerErrors, zodRule } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { SecretReveal } from '../../components/SecretReveal';
import { useI18n } from '../../i18n/I18nProvider';
import { passwordPolicyRule } from '../auth/password-rules';
import { useCreateUser } from './api';
import { blankToNull, UserFormFields } from './UserFormFields';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  departmentId?: string;
  roles: Role[];
  password?: string;
  mustChangePassword: boolean;
  locale: Locale;
}

/** Creates a user; a generated initial password is shown once, with a copy button. */
export function UserCreateDrawer(props: {
  open: boolean;
  onClose: () => void;
  onCreated: (user: CreatedUser) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const [created, setCreated] = useState<CreatedUser | null>(null);

  const close = () => {
    setCreated(null);
    form.resetFields();
    props.onClose();
  };

  const onFinish = async (v: Values) => {
    try {
      const user = await create.mutateAsync({
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        email: blankToNull(v.email) ?? undefined,
        phone: blankToNull(v.phone) ?? undefined,
        departmentId: v.departmentId || undefined,
        roles: v.roles,
        password: v.password ? v.password : undefined,
        mustChangePassword: v.mustChangePassword,
        locale: v.locale,
      });
      void message.success(t('user.created'));
      props.onCreated(user);
      if (user.initialPassword) setCreated(user);
      else close();
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  return (
    <FormDrawer
      open={props.open}
      onClose={close}
      title={t('user.new')}
      size={520}
      saving={create.isPending}
      onSave={() => form.submit()}
      closeOnly={!!created}
    >
      {created?.initialPassword ? (
        <SecretReveal
          title={`${t('user.initialPasswordTitle')} · ${created.username}`}
          secret={created.initialPassword}
          label={t('user.password')}
        />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ mustChangePassword: true, locale: 'zh-CN', roles: [] }}
          onFinish={(v) => void onFinish(v)}
        >
          <Form.Item
            name="username"
            label={t('user.username')}
            extra={t('user.usernameHint')}
            rules={[
              { required: true, message: t('zod.required') },
              zodRule(createUserSchema.shape.username, i18n, { invalid_format: t('user.usernameHint') }),
            ]}
          >
            <Input autoComplete="off" autoFocus />
          </Form.Item>
          <UserFormFields />
          <Form.Item
            name="password"
            label={t('user.password')}
            extra={t('user.passwordHint')}
            dependencies={['username']}
            rules={[passwordPolicyRule(i18n, () => form.getFieldValue('username') as string | undefined)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="mustChangePassword" label={t('user.mustChange')} valuePropName="checked">
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
        </Form>
      )}
    </FormDrawer>
  );
}
