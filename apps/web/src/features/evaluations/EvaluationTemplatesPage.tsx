import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FormDrawer } from '../../components/FormDrawer';
import { applyServerErrors } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { useSaveTemplate, useTemplates, type EvaluationTemplate } from './api';

interface TemplateForm {
  name: string;
  scale: '0-100' | '1-5';
  active: boolean;
  criteria: { dimension: string; name: string; weight: number; priceCriterion?: boolean }[];
}

const EMPTY: TemplateForm = {
  name: '',
  scale: '0-100',
  active: true,
  criteria: [{ dimension: '', name: '', weight: 100 }],
};

function TemplateDrawer(props: { template: EvaluationTemplate | null; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateForm>();
  const save = useSaveTemplate();
  const criteria = Form.useWatch('criteria', form) ?? [];
  const sum = Math.round(criteria.reduce((s, c) => s + Math.round((c?.weight ?? 0) * 100), 0)) / 100;
  const initial: TemplateForm = props.template
    ? {
        name: props.template.name,
        scale: props.template.scale,
        active: props.template.active,
        criteria: props.template.criteria.map((c) => ({
          dimension: c.dimension,
          name: c.name,
          weight: c.weight,
          priceCriterion: c.priceCriterion,
        })),
      }
    : EMPTY;
  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const body = { name: v.name, scale: v.scale, criteria: v.criteria };
      await save.mutateAsync(
        props.template
          ? { id: props.template.id, body: { ...body, active: v.active, version: props.template.version } }
          : { body },
      );
      void message.success(t('templates.saved'));
      props.onClose();
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  return (
    <FormDrawer
      open={props.open}
      title={props.template ? t('templates.edit') : t('templates.new')}
      size={760}
      saving={save.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="name" label={t('templates.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space>
          <Form.Item name="scale" label={t('templates.scale')}>
            <Select
              style={{ width: 200 }}
              options={(['0-100', '1-5'] as const).map((s) => ({ value: s, label: t(`templates.scale.${s}`) }))}
            />
          </Form.Item>
          {props.template && (
            <Form.Item name="active" label={t('templates.active')} valuePropName="checked">
              <Checkbox />
            </Form.Item>
          )}
        </Space>
        <Typography.Text type={sum === 100 ? 'secondary' : 'danger'} role="status">
          {t('templates.weightSum', { sum })}
        </Typography.Text>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'dimension']} rules={[{ required: true, whitespace: true }]}>
                    <Input placeholder={t('evaluations.dimension')} aria-label={t('evaluations.dimension')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                    <Input placeholder={t('evaluations.criterion')} aria-label={t('evaluations.criterion')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} rules={[{ required: true }]}>
                    <InputNumber min={0.01} max={100} step={1} aria-label={t('templates.weight')} suffix="%" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'priceCriterion']} valuePropName="checked">
                    <Checkbox>{t('templates.priceCriterion')}</Checkbox>
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('templates.removeCriterion')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ dimension: '', name: '', weight: 0 })}>
                {t('templates.addCriterion')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}

/** Evaluation templates (R4.1): weighted criteria by dimension; every edit is a new version. */
export function EvaluationTemplatesPage() {
  const { t } = useI18n();
  const templates = useTemplates();
  const [editing, setEditing] = useState<EvaluationTemplate | null | undefined>(undefined);
  return (
    <Card
      title={t('templates.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
          {t('templates.new')}
        </Button>
      }
    >
      <Table<EvaluationTemplate>
        rowKey="id"
        loading={templates.isPending}
        dataSource={templates.data?.items ?? []}
        pagination={false}
        columns={[
          { key: 'name', title: t('templates.name'), render: (_, r) => r.name },
          { key: 'code', title: t('templates.code'), render: (_, r) => r.code ?? t('common.empty') },
          { key: 'scale', title: t('templates.scale'), render: (_, r) => t(`templates.scale.${r.scale}`) },
          { key: 'version', title: t('templates.version'), render: (_, r) => r.version },
          {
            key: 'criteria',
            title: t('templates.criteria'),
            render: (_, r) => r.criteria.map((c) => `${c.name} ${c.weight}%`).join('、'),
          },
          {
            key: 'active',
            title: t('templates.active'),
            render: (_, r) => (r.active ? <Tag color="green">{t('templates.active')}</Tag> : <Tag>—</Tag>),
          },
          {
            key: 'edit',
            title: '',
            render: (_, r) =>
              r.permissions.includes('edit') && (
                <Button
                  icon={<EditOutlined aria-hidden />}
                  aria-label={t('templates.edit')}
                  onClick={() => setEditing(r)}
                />
              ),
          },
        ]}
      />
      {editing !== undefined && <TemplateDrawer open template={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
