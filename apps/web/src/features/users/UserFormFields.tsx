import { Form, Input, Select } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { RoleSelect } from './RoleSelect';

/** Fields shared by the create and edit forms of a user. */
export function UserFormFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('user.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('zod.required') },
          { max: 100, message: t('zod.tooLong', { max: 100 }) },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="email" label={t('user.email')} rules={[{ type: 'email', message: t('zod.email') }]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('user.phone')} rules={[{ max: 50, message: t('zod.tooLong', { max: 50 }) }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="departmentId" label={t('user.department')}>
        <DepartmentSelect ariaLabel={t('user.department')} />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('user.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('zod.tooFew', { min: 1 }) }]}
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
