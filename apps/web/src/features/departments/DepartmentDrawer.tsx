import { departmentNameSchema } from '@thirdline/shared/org/org.schemas';
import { App, Form, Input, Switch } from 'antd';
import { useEffect } from 'react';
import type { Department } from '../../api/types';
import { applyServerErrors, zodRule } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { useI18n } from '../../i18n/I18nProvider';
import { UserSelect } from '../users/UserSelect';
import { useSaveDepartment, type DepartmentInput } from './api';
import { DepartmentSelect } from './DepartmentSelect';

interface Values {
  name: string;
  parentId?: string | null;
  headUserId?: string | null;
  active: boolean;
}

/** Create (no `department`) or edit a department. `parentId` preselects the parent of a new one. */
export function DepartmentDrawer(props: {
  open: boolean;
  department?: Department | null;
  parentId?: string | null;
  onClose: () => void;
  onSaved: (department: Department) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveDepartment();
  const editing = props.department ?? null;

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue(
      editing
        ? { name: editing.name, parentId: editing.parentId, headUserId: editing.headUserId, active: editing.active }
        : { name: '', parentId: props.parentId ?? null, headUserId: null, active: true },
    );
  }, [props.open, editing, props.parentId, form]);

  const onFinish = async (values: Values) => {
    const input: DepartmentInput = {
      name: values.name.trim(),
      parentId: values.parentId ?? null,
      headUserId: values.headUserId ?? null,
    };
    if (editing) input.active = values.active;
    try {
      const saved = await save.mutateAsync({ id: editing?.id, version: editing?.version, input });
      void message.success(editing ? t('dept.updated') : t('dept.created'));
      props.onSaved(saved);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  return (
    <FormDrawer
      open={props.open}
      onClose={props.onClose}
      title={editing ? t('dept.edit') : t('dept.new')}
      size={480}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="name"
          label={t('dept.name')}
          rules={[
            { required: true, whitespace: true, message: t('zod.required') },
            zodRule(departmentNameSchema, i18n),
          ]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="parentId" label={t('dept.parent')}>
          <DepartmentSelect ariaLabel={t('dept.parent')} exclude={editing?.id} placeholder={t('dept.parentNone')} />
        </Form.Item>
        <Form.Item name="headUserId" label={t('dept.head')}>
          <UserSelect ariaLabel={t('dept.head')} initialLabel={editing?.headUserName} />
        </Form.Item>
        {editing && (
          <Form.Item name="active" label={t('dept.active')} valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
