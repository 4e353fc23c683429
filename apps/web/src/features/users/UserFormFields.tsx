import { createUserSchema } from '@thirdline/shared/org/org.schemas';
import { Form, Input, Select } from 'antd';
import { zodRule } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { RoleSelect } from './RoleSelect';

const fields = createUserSchema.shape;

/** Fields shared by the create and edit forms of a user. */
export function UserFormFields() {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('user.displayName')}
        rules={[{ required: true, whitespace: true, message: t('zod.required') }, zodRule(fields.displayName, i18n)]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="email" label={t('user.email')} rules={[zodRule(fields.email, i18n)]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('user.phone')} rules={[zodRule(fields.phone, i18n)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="departmentId" label={t('user.department')}>
        <DepartmentSelect ariaLabel={t('user.department')} />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('user.roles')}
        // The API accepts a user without roles; the form asks for one, since such a user could do nothing.
        rules={[
          { required: true, type: 'array', min: 1, message: t('zod.tooFew', { min: 1 }) },
          zodRule(fields.roles, i18n),
        ]}
      >
        <RoleSelect ariaLabel={t('user.roles')} />
      </Form.Item>
      <Form.Item name="locale" label={t('user.locale')}>
        <Select
          aria-label={t('user.locale')}
          options={[
            { value: 'zh-CN', label: '简体中文' },
            { value: 'en-US', label: 'English' },
          ]}
        />
      </Form.Item>
    </>
  );
}

/** '' from an emptied input means "no value". */
export const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
