import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { FormDrawer } from '../../components/FormDrawer';
import { applyServerErrors } from '../../components/forms';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { UserSelect } from '../users/UserSelect';
import { EVALUATIONS, useCreateEvaluation, useTemplates, type Evaluation } from './api';
import { EvaluationStatusTag } from './EvaluationStatusTag';
import { VendorPicker } from './pickers';

const STATUSES = ['draft', 'scoring', 'closed', 'in-approval', 'approved'] as const;

interface CreateForm {
  title: string;
  templateId: string;
  chairId?: string;
  minPanelDepartments: number;
  vendors: { vendorId: string; price?: string }[];
}

function CreateDrawer(props: { open: boolean; onClose: () => void; onSaved: (e: Evaluation) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateForm>();
  const templates = useTemplates();
  const create = useCreateEvaluation();
  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const saved = await create.mutateAsync({
        title: v.title,
        templateId: v.templateId,
        chairId: v.chairId,
        minPanelDepartments: v.minPanelDepartments,
        vendors: v.vendors.map((x) => ({ vendorId: x.vendorId, price: x.price || null })),
      });
      props.onSaved(saved);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  const sourcingDefault = templates.data?.items.find((x) => x.code === 'sourcing-default')?.id;
  return (
    <FormDrawer
      open={props.open}
      title={t('evaluations.new')}
      size={720}
      saving={create.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ minPanelDepartments: 2, vendors: [{}, {}], templateId: sourcingDefault }}
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
                  <Form.Item name={[field.name, 'vendorId']} rules={[{ required: true }]}>
                    <VendorPicker ariaLabel={t('evaluations.vendors')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'price']}>
                    <Input
                      placeholder={t('evaluations.price')}
                      aria-label={t('evaluations.price')}
                      style={{ width: 160 }}
                    />
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

/** Panel evaluations of candidate vendors (R4.2). */
export function EvaluationsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const columns: ListColumn<Evaluation>[] = [
    { key: 'reference', title: t('evaluations.reference'), sortField: 'reference', render: (e) => e.reference },
    {
      key: 'title',
      title: t('evaluations.titleField'),
      locked: true,
      sortField: 'title',
      render: (e) => <Link to={`/evaluations/${e.id}`}>{e.title}</Link>,
    },
    { key: 'status', title: t('evaluations.status'), render: (e) => <EvaluationStatusTag status={e.status} /> },
    { key: 'vendors', title: t('evaluations.vendors'), render: (e) => e.vendors.map((v) => v.name).join('、') },
    { key: 'chair', title: t('evaluations.chair'), render: (e) => e.chair.displayName },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      sortField: 'createdAt',
      render: (e) => dayjs(e.createdAt).format('YYYY-MM-DD'),
    },
  ];
  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('evaluations.search') },
    {
      kind: 'select',
      name: 'status',
      label: t('evaluations.status'),
      options: STATUSES.map((s) => ({ value: s, label: t(`evaluations.status.${s}`) })),
      width: 160,
    },
  ];
  return (
    <>
      <ListPage<Evaluation>
        title={t('evaluations.title')}
        endpoint={EVALUATIONS}
        settingsKey="evaluations"
        columns={columns}
        filters={filters}
        rowKey={(e) => e.id}
        emptyText={t('evaluations.empty')}
        defaultSort="-createdAt"
        exportable={false}
        actions={
          can('evaluations:manage') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('evaluations.new')}
            </Button>
          )
        }
      />
      {creating && (
        <CreateDrawer
          open
          onClose={() => setCreating(false)}
          onSaved={(e) => {
            setCreating(false);
            void navigate(`/evaluations/${e.id}`);
          }}
        />
      )}
    </>
  );
}
