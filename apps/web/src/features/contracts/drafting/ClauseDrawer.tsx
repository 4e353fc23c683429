import { CONTRACT_TYPES, type ContractType } from '@thirdline/shared/contracts/contract-lifecycle';
import {
  CLAUSE_CATEGORIES,
  createClauseSchema,
  type Clause,
  type ClauseCategory,
} from '@thirdline/shared/contracts/drafting.schemas';
import { App, Checkbox, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { isApiError } from '../../../api/client';
import { applyServerErrors, zodRule } from '../../../components/forms';
import { FormDrawer } from '../../../components/FormDrawer';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSaveClause } from './api';

interface Values {
  code: string;
  category: ClauseCategory;
  titleZh: string;
  titleEn: string;
  textZh?: string;
  textEn?: string;
  sortOrder: number;
  active: boolean;
  types: ContractType[];
  material: boolean;
  criticalFunction: boolean;
}

const shape = createClauseSchema.shape;

/** Adds a clause (clause = null) or edits one: texts in both languages, order, active flag and mandatory rule. */
export function ClauseDrawer(props: {
  open: boolean;
  clause: Clause | null;
  onClose: () => void;
  onRefresh: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveClause();

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    const c = props.clause;
    form.setFieldsValue(
      c
        ? {
            ...c,
            types: c.mandatory.types,
            material: c.mandatory.material,
            criticalFunction: c.mandatory.criticalFunction,
          }
        : { category: 'core', active: true, sortOrder: 1000, types: [], material: false, criticalFunction: false },
    );
  }, [props.open, props.clause, form]);

  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const fields = {
      category: v.category,
      titleZh: v.titleZh.trim(),
      titleEn: v.titleEn.trim(),
      textZh: v.textZh?.trim() ?? '',
      textEn: v.textEn?.trim() ?? '',
      active: v.active,
      sortOrder: v.sortOrder,
      mandatory: { types: v.types, material: v.material, criticalFunction: v.criticalFunction },
    };
    try {
      if (props.clause)
        await save.mutateAsync({ id: props.clause.id, body: { ...fields, version: props.clause.version } });
      else await save.mutateAsync({ id: null, body: { ...fields, code: v.code } });
      void message.success(t('drafting.clauses.saved'));
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
      title={props.clause ? t('drafting.clauses.edit') : t('drafting.clauses.add')}
      size={640}
      saving={save.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
      conflict={isApiError(save.error, 'version_conflict') && { onRefresh: props.onRefresh }}
    >
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="code" label={t('drafting.clauses.code')} rules={[required, zodRule(shape.code, i18n)]}>
          <Input maxLength={60} disabled={!!props.clause} />
        </Form.Item>
        <Form.Item name="category" label={t('drafting.clauses.category')} rules={[required]}>
          <Select options={CLAUSE_CATEGORIES.map((c) => ({ value: c, label: t(`drafting.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="titleZh" label={t('drafting.clauses.titleZh')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('drafting.clauses.titleEn')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="textZh" label={t('drafting.clauses.textZh')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="textEn" label={t('drafting.clauses.textEn')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="types" label={t('drafting.clauses.mandatoryTypes')}>
          <Checkbox.Group options={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`drafting.type.${c}`) }))} />
        </Form.Item>
        <Form.Item name="material" valuePropName="checked">
          <Checkbox>{t('drafting.clauses.ifMaterial')}</Checkbox>
        </Form.Item>
        <Form.Item name="criticalFunction" valuePropName="checked">
          <Checkbox>{t('drafting.clauses.ifCritical')}</Checkbox>
        </Form.Item>
        <Form.Item name="sortOrder" label={t('drafting.clauses.sortOrder')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10000} />
        </Form.Item>
        <Form.Item name="active" label={t('drafting.clauses.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
