import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../components/FormDrawer';
import { applyServerErrors } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { UserSelect } from '../users/UserSelect';
import { VendorPicker } from '../vendors/VendorPicker';
import { useCreateEvaluation, useTemplates, type Evaluation } from './api';

interface VendorLine {
  vendorId: string;
  price?: string;
  currency?: string;
}

interface CreateForm {
  title: string;
  templateId: string;
  chairId?: string;
  minPanelDepartments: number;
  vendors: VendorLine[];
}

/** A sourcing request the evaluation is started from: its title and its candidates with their offered prices. */
export interface EvaluationSource {
  sourcingRequestId: string;
  reference: string;
  title: string;
  vendors: (VendorLine & { name: string })[];
}

/** The registry's vendor picker, naming a preset vendor (a request's candidate) before any search lists it. */
function NamedVendorPicker(props: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  names: ReadonlyMap<string, string>;
  ariaLabel: string;
}) {
  const { names, ...rest } = props;
  return <VendorPicker {...rest} initialLabel={props.value ? names.get(props.value) : undefined} />;
}

/**
 * Starts an evaluation: template, chair, panel minimum and the vendors with their prices. Started from a sourcing
 * request (`source`), it is linked to the request and prefilled with the request's candidates and their prices.
 */
export function EvaluationDrawer(props: {
  open: boolean;
  source?: EvaluationSource;
  onClose: () => void;
  onSaved: (e: Evaluation) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateForm>();
  const templates = useTemplates();
  const create = useCreateEvaluation();
  const { source } = props;
  const names = new Map((source?.vendors ?? []).map((v) => [v.vendorId, v.name]));
  const sourcingDefault = templates.data?.items.find((x) => x.code === 'sourcing-default')?.id;
  useEffect(() => {
    if (sourcingDefault && !form.getFieldValue('templateId')) form.setFieldValue('templateId', sourcingDefault);
  }, [form, sourcingDefault]);
  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const saved = await create.mutateAsync({
        title: v.title,
        templateId: v.templateId,
        chairId: v.chairId,
        minPanelDepartments: v.minPanelDepartments,
        vendors: v.vendors.map((x) => ({ vendorId: x.vendorId, price: x.price || null, currency: x.currency })),
        sourcingRequestId: source?.sourcingRequestId,
      });
      props.onSaved(saved);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  return (
    <FormDrawer
      open={props.open}
      title={t('evaluations.new')}
      size={720}
      saving={create.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
    >
      {source && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('evaluations.fromSourcing', { reference: source.reference, title: source.title })}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: source?.title,
          minPanelDepartments: 2,
          vendors: source ? source.vendors.map(({ name: _, ...line }) => line) : [{}, {}],
          templateId: sourcingDefault,
        }}
      >
        <Form.Item name="title" label={t('evaluations.titleField')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="templateId" label={t('evaluations.template')} rules={[{ required: true }]}>
          <Select
            loading={templates.isPending}
            options={(templates.data?.items ?? [])
              .filter((x) => x.active)
              .map((x) => ({
                value: x.id,
                label: `${x.name}（${t('evaluations.templateVersion', { version: x.version })}）`,
              }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="chairId" label={t('evaluations.chair')}>
            <UserSelect ariaLabel={t('evaluations.chair')} width={260} />
          </Form.Item>
          <Form.Item name="minPanelDepartments" label={t('evaluations.minPanelDepartments')}>
            <InputNumber min={1} max={20} />
          </Form.Item>
        </Space>
        <Form.List name="vendors">
          {(fields, { add, remove }) => (
            <Form.Item label={t('evaluations.vendors')}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'vendorId']} rules={[{ required: true }]} style={{ width: 320 }}>
                    <NamedVendorPicker ariaLabel={t('evaluations.vendors')} names={names} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'price']}>
                    <Input
                      placeholder={t('evaluations.price')}
                      aria-label={t('evaluations.price')}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'currency']} hidden>
                    <Input />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('templates.removeCriterion')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('evaluations.vendors')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
