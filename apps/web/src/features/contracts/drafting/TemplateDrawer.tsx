import { CONTRACT_TYPES, type ContractType } from '@thirdline/shared/contracts/contract-lifecycle';
import type { ContractTemplateDetail } from '@thirdline/shared/contracts/drafting.schemas';
import { App, Form, Input, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { isApiError } from '../../../api/client';
import { applyServerErrors } from '../../../components/forms';
import { FormDrawer } from '../../../components/FormDrawer';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSaveTemplate } from './api';

interface Values {
  name: string;
  type: ContractType;
  description?: string;
  body: string;
  active: boolean;
  changeNote?: string;
}

/** Adds a standard text (template = null) or saves an edit as the template's next version. */
export function TemplateDrawer(props: {
  open: boolean;
  template: ContractTemplateDetail | null;
  onClose: () => void;
  onRefresh: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveTemplate();
  const template = props.template;

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue(
      template
        ? {
            name: template.name,
            type: template.type,
            description: template.description ?? '',
            body: template.current.body,
            active: template.active,
          }
        : { type: 'outsourcing', active: true },
    );
  }, [props.open, template, form]);

  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const fields = { name: v.name.trim(), type: v.type, description: v.description?.trim() || null, body: v.body };
    try {
      const saved = template
        ? await save.mutateAsync({
            id: template.id,
            body: { ...fields, version: template.version, active: v.active, changeNote: v.changeNote?.trim() || null },
          })
        : await save.mutateAsync({ id: null, body: fields });
      void message.success(t('drafting.templates.saved', { version: saved.version }));
      props.onClose();
    } catch (error) {
      const overall = applyServerErrors(form, error, i18n);
      if (overall) void message.error(overall);
    }
  };

  const required = { required: true, whitespace: true, message: t('zod.required') };
  return (
    <FormDrawer
      open={props.open}
      title={template ? t('drafting.templates.edit') : t('drafting.templates.add')}
      size={720}
      saving={save.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
      conflict={isApiError(save.error, 'version_conflict') && { onRefresh: props.onRefresh }}
    >
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="name" label={t('drafting.templates.name')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="type" label={t('drafting.templates.type')} rules={[required]}>
          <Select options={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`drafting.type.${c}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('drafting.templates.description')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="body" label={t('drafting.templates.body')} rules={[required]}>
          <Input.TextArea rows={16} maxLength={200000} />
        </Form.Item>
        {template && (
          <>
            <Form.Item name="changeNote" label={t('drafting.templates.changeNote')}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="active" label={t('drafting.templates.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        )}
      </Form>
    </FormDrawer>
  );
}
