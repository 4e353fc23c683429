import { App, Button, Drawer, Form, Space } from 'antd';
import { useEffect } from 'react';
import type { Locale } from '@thirdline/shared/org/org.schemas';
import type { Role, User } from '../../api/types';
import { applyServerErrors } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { useUpdateUser } from './api';
import { blankToNull, UserFormFields } from './UserFormFields';

interface Values {
  displayName: string;
  email?: string | null;
  phone?: string | null;
  departmentId?: string | null;
  roles: Role[];
  locale: Locale;
}

/** Edits a user's details and roles; sends the version it read (stale → version_conflict). */
export function UserEditDrawer(props: { user: User | null; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser();
  const user = props.user;

  useEffect(() => {
    if (!props.open || !user) return;
    form.resetFields();
    form.setFieldsValue({
      displayName: user.displayName,
      email: user.email,
      phone: user.phone,
      departmentId: user.departmentId,
      roles: user.roles,
      locale: user.locale === 'en-US' ? 'en-US' : 'zh-CN',
    });
  }, [props.open, user, form]);

  const onFinish = async (v: Values) => {
    if (!user) return;
    try {
      await update.mutateAsync({
        user,
        input: {
          displayName: v.displayName.trim(),
          email: blankToNull(v.email),
          phone: blankToNull(v.phone),
          departmentId: v.departmentId ?? null,
          roles: v.roles,
          locale: v.locale,
        },
      });
      void message.success(t('user.updated'));
      props.onClose();
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={`${t('user.edit')} · ${user?.username ?? ''}`}
      size={520}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <UserFormFields />
      </Form>
    </Drawer>
  );
}
