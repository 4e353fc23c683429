import { SOURCING_RISK_LEVELS, SOURCING_URGENCIES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { createSourcingRequestSchema } from '@thirdline/shared/sourcing/sourcing.schemas';
import { CURRENCIES, OUTSOURCING_CATEGORIES } from '@thirdline/shared/vendors/vendors.schemas';
import { App, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useAuth } from '../../app/auth';
import { applyServerErrors, zodRule } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { useI18n } from '../../i18n/I18nProvider';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { useCreateSourcingRequest, useUpdateSourcingRequest, type SourcingRequest } from './api';

const shape = createSourcingRequestSchema.shape;
const TEXTS = ['background', 'goals', 'expectedOutcome'] as const;
const OPTIONAL_TEXTS = ['functionalNeeds', 'serviceLevelNeeds', 'otherResources'] as const;

type Values = Record<(typeof TEXTS)[number] | (typeof OPTIONAL_TEXTS)[number] | 'title' | 'budgetAmount', string> & {
  departmentId?: string;
  budgetCurrency: string;
  outsourcingCategory: string;
  urgency: string;
  riskLevel: string;
};

/** Raises a sourcing request, or edits a draft / returned one. */
export function SourcingRequestDrawer(props: {
  open: boolean;
  request?: SourcingRequest | null;
  onClose: () => void;
  onSaved: (request: SourcingRequest) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { me } = useAuth();
  const user = me?.user;
  const [form] = Form.useForm<Values>();
  const create = useCreateSourcingRequest();
  const update = useUpdateSourcingRequest();
  const editing = props.request ?? null;

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        ...editing,
        departmentId: editing.department.id,
        otherResources: editing.otherResources ?? '',
        functionalNeeds: editing.functionalNeeds ?? '',
        serviceLevelNeeds: editing.serviceLevelNeeds ?? '',
      });
    } else {
      form.setFieldsValue({
        departmentId: user?.departmentId ?? undefined,
        budgetCurrency: 'CNY',
        urgency: 'normal',
        riskLevel: 'medium',
      });
    }
  }, [props.open, editing, form, user]);

  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = {
      ...v,
      title: v.title.trim(),
      budgetAmount: v.budgetAmount.trim(),
      departmentId: v.departmentId || undefined,
    } as Parameters<typeof create.mutateAsync>[0];
    try {
      const saved = editing
        ? await update.mutateAsync({ ...body, id: editing.id, version: editing.version })
        : await create.mutateAsync(body);
      void message.success(editing ? t('common.saved') : t('sourcing.created', { reference: saved.reference }));
      props.onSaved(saved);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  const required = { required: true, whitespace: true, message: t('zod.required') };
  const select = <V extends string>(
    name: keyof Values,
    values: readonly V[],
    label: (v: V) => string,
    title: string,
  ) => (
    <Form.Item name={name} label={title} rules={[{ required: true, message: t('zod.required') }]}>
      <Select aria-label={title} options={values.map((v) => ({ value: v, label: label(v) }))} />
    </Form.Item>
  );
  return (
    <FormDrawer
      open={props.open}
      title={editing ? t('sourcing.editTitle') : t('sourcing.new')}
      size={640}
      saving={create.isPending || update.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
    >
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="title" label={t('sourcing.name')} rules={[required, zodRule(shape.title, i18n)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('sourcing.department')}>
          <DepartmentSelect ariaLabel={t('sourcing.department')} />
        </Form.Item>
        {TEXTS.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`sourcing.${name}`)}
            rules={[required, zodRule(shape[name], i18n)]}
          >
            <Input.TextArea rows={3} maxLength={10_000} />
          </Form.Item>
        ))}
        <Space.Compact block>
          <Form.Item
            name="budgetAmount"
            label={t('sourcing.budgetAmount')}
            style={{ flex: 1 }}
            rules={[required, zodRule(shape.budgetAmount, i18n)]}
          >
            <Input inputMode="decimal" placeholder="300000.00" />
          </Form.Item>
          <Form.Item name="budgetCurrency" label={t('sourcing.budgetCurrency')} style={{ width: 120 }}>
            <Select
              aria-label={t('sourcing.budgetCurrency')}
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        </Space.Compact>
        {select(
          'outsourcingCategory',
          OUTSOURCING_CATEGORIES,
          (c) => t(`vendor.category.${c}`),
          t('sourcing.category'),
        )}
        {select('urgency', SOURCING_URGENCIES, (u) => t(`sourcing.urgency.${u}`), t('sourcing.urgency'))}
        {select('riskLevel', SOURCING_RISK_LEVELS, (r) => t(`sourcing.risk.${r}`), t('sourcing.riskLevel'))}
        {OPTIONAL_TEXTS.map((name) => (
          <Form.Item key={name} name={name} label={t(`sourcing.${name}`)}>
            <Input.TextArea rows={3} maxLength={name === 'otherResources' ? 4000 : 10_000} />
          </Form.Item>
        ))}
      </Form>
    </FormDrawer>
  );
}
