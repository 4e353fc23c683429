import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useAuth } from '../../../app/auth';
import { useNotifyError } from '../../../components/problems';
import { StatusTag } from '../../../components/StatusTag';
import { useI18n } from '../../../i18n/I18nProvider';
import { useAcceptMilestone, useDeleteMilestone, useMilestones, useSaveMilestone, type Milestone } from './api';
import { useSubmit } from './form-submit';
import { formatAmount } from './labels';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const RESULT_TONE = { accepted: 'success', rejected: 'error', partially: 'warning' } as const;

interface PlanValues {
  name: string;
  dueDate: Dayjs;
  plannedAmount?: string;
  plannedPaymentDate?: Dayjs | null;
  deliveredOn?: Dayjs | null;
}

function PlanDialog(props: { contract: Contract; milestone: Milestone | null; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<PlanValues>();
  const save = useSaveMilestone(props.contract.id);
  const submit = useSubmit(form, 'milestones.saved', props.onClose);
  const m = props.milestone;
  const onFinish = (v: PlanValues) => {
    const input = {
      name: v.name.trim(),
      dueDate: day(v.dueDate) as string,
      plannedAmount: v.plannedAmount?.trim() || null,
      plannedPaymentDate: day(v.plannedPaymentDate),
      ...(m ? { version: m.version, deliveredOn: day(v.deliveredOn) } : {}),
    };
    return submit(() => save.mutateAsync({ id: m?.id, input }));
  };
  return (
    <Modal
      open={props.open}
      title={m ? `${t('common.edit')} · ${m.name}` : t('milestones.new')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<PlanValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          m
            ? {
                name: m.name,
                dueDate: dayjs(m.dueDate),
                plannedAmount: m.plannedAmount ?? undefined,
                plannedPaymentDate: m.plannedPaymentDate ? dayjs(m.plannedPaymentDate) : null,
                deliveredOn: m.deliveredOn ? dayjs(m.deliveredOn) : null,
              }
            : undefined
        }
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="name"
          label={t('milestones.name')}
          rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('milestones.dueDate')}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="plannedAmount" label={t('milestones.plannedAmount')}>
          <Input inputMode="decimal" addonBefore={props.contract.currency} />
        </Form.Item>
        <Form.Item name="plannedPaymentDate" label={t('milestones.plannedPaymentDate')}>
          <DatePicker />
        </Form.Item>
        {m && (
          <Form.Item name="deliveredOn" label={t('milestones.deliveredOn')}>
            <DatePicker />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

interface AcceptValues {
  result: 'accepted' | 'rejected' | 'partially';
  acceptedOn: Dayjs;
  reasons?: string;
}

function AcceptDialog(props: { contract: Contract; milestone: Milestone; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AcceptValues>();
  const accept = useAcceptMilestone(props.contract.id);
  const submit = useSubmit(form, 'milestones.saved', props.onClose);
  const [fileIds, setFileIds] = useState<string[]>([]);
  const onFinish = (v: AcceptValues) =>
    submit(() =>
      accept.mutateAsync({
        id: props.milestone.id,
        input: {
          version: props.milestone.version,
          result: v.result,
          acceptedOn: day(v.acceptedOn) as string,
          reasons: v.reasons?.trim() || null,
          documentFileIds: fileIds,
        },
      }),
    );
  return (
    <Modal
      open
      title={`${t('milestones.accept')} · ${props.milestone.name}`}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={accept.isPending}
    >
      <Form<AcceptValues>
        form={form}
        layout="vertical"
        initialValues={{ result: 'accepted', acceptedOn: dayjs() }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="result" label={t('milestones.acceptance')} extra={t('milestones.acceptHint')}>
          <Select
            options={(['accepted', 'rejected', 'partially'] as const).map((r) => ({
              value: r,
              label: t(`milestones.result.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="acceptedOn"
          label={t('milestones.acceptedOn')}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="reasons" label={t('milestones.reasons')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label={t('milestones.documents')}>
          <Upload
            customRequest={({ file, onSuccess, onError }) => {
              const body = new FormData();
              body.append('recordType', 'contract');
              body.append('recordId', props.contract.id);
              body.append('file', file as Blob);
              api
                .post<{ id: string }>('/files', body)
                .then((f) => {
                  setFileIds((ids) => [...ids, f.id]);
                  onSuccess?.(f);
                })
                .catch((e: Error) => onError?.(e));
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('milestones.documents')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Milestones of a contract with delivery and acceptance (R5.4). */
export function MilestonesTab({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const list = useMilestones(contract.id);
  const remove = useDeleteMilestone(contract.id);
  const notifyError = useNotifyError();
  const [editing, setEditing] = useState<{ milestone: Milestone | null } | null>(null);
  const [accepting, setAccepting] = useState<Milestone | null>(null);
  const { can } = useAuth();
  const canWrite = can('contracts:write') && contract.status !== 'archived';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ milestone: null })}>
          {t('milestones.new')}
        </Button>
      )}
      <Table<Milestone>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('milestones.empty') }}
        columns={[
          { key: 'name', title: t('milestones.name'), render: (_, m) => m.name },
          { key: 'dueDate', title: t('milestones.dueDate'), render: (_, m) => m.dueDate },
          {
            key: 'planned',
            title: t('milestones.plannedAmount'),
            render: (_, m) => (m.plannedAmount ? formatAmount(m.plannedAmount, contract.currency) : t('common.empty')),
          },
          {
            key: 'deliveredOn',
            title: t('milestones.deliveredOn'),
            render: (_, m) => m.deliveredOn ?? t('common.empty'),
          },
          {
            key: 'acceptance',
            title: t('milestones.acceptance'),
            render: (_, m) =>
              m.acceptanceResult ? (
                <Space orientation="vertical" size={0}>
                  <StatusTag
                    tone={RESULT_TONE[m.acceptanceResult]}
                    text={t(`milestones.result.${m.acceptanceResult}`)}
                  />
                  {m.acceptanceReasons && <span>{m.acceptanceReasons}</span>}
                </Space>
              ) : (
                <StatusTag tone="default" text={t('milestones.result.pending')} />
              ),
          },
          { key: 'paid', title: t('milestones.paid'), render: (_, m) => formatAmount(m.paid) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, m) => (
              <Space size={0}>
                {m.permissions.includes('edit') && (
                  <Button type="link" size="small" onClick={() => setEditing({ milestone: m })}>
                    {t('common.edit')}
                  </Button>
                )}
                {m.permissions.includes('accept') && (
                  <Button type="link" size="small" onClick={() => setAccepting(m)}>
                    {t('milestones.accept')}
                  </Button>
                )}
                {m.permissions.includes('delete') && (
                  <Popconfirm
                    title={t('milestones.deleteConfirm')}
                    onConfirm={() => remove.mutateAsync(m.id).catch(notifyError)}
                  >
                    <Button type="link" size="small" danger>
                      {t('milestones.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <PlanDialog contract={contract} milestone={editing.milestone} open onClose={() => setEditing(null)} />
      )}
      {accepting && <AcceptDialog contract={contract} milestone={accepting} onClose={() => setAccepting(null)} />}
    </Space>
  );
}
