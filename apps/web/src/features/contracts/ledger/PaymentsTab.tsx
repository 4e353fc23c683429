import { PlusOutlined } from '@ant-design/icons';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../i18n/I18nProvider';
import { UserSelect } from '../../users/UserSelect';
import { useMilestones, usePayments, useRecordPayment, type PaymentList } from './api';
import { useSubmit } from './form-submit';
import { formatAmount } from './labels';
import { useState } from 'react';

interface Values {
  milestoneId?: string;
  invoiceNumber: string;
  amount: string;
  paidOn: Dayjs;
  approverId: string;
  note?: string;
  overrideReason?: string;
}

function PaymentDialog(props: { contract: Contract; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const record = useRecordPayment(props.contract.id);
  const submit = useSubmit(form, 'payments.saved', props.onClose);
  const milestones = useMilestones(props.contract.id);
  const milestoneId = Form.useWatch('milestoneId', form);
  const chosen = milestones.data?.items.find((m) => m.id === milestoneId);
  const needsOverride = !!chosen && chosen.acceptanceResult !== 'accepted';
  const onFinish = (v: Values) =>
    submit(() =>
      record.mutateAsync({
        milestoneId: v.milestoneId ?? null,
        invoiceNumber: v.invoiceNumber.trim(),
        amount: v.amount.trim(),
        paidOn: v.paidOn.format('YYYY-MM-DD'),
        approverId: v.approverId,
        note: v.note?.trim() || null,
        overrideReason: needsOverride ? v.overrideReason?.trim() || null : null,
      }),
    );
  const required = [{ required: true, whitespace: true, message: t('zod.required') }];
  return (
    <Modal
      open
      title={t('payments.new')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ paidOn: dayjs() }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="milestoneId" label={t('payments.milestone')}>
          <Select
            allowClear
            placeholder={t('payments.noMilestone')}
            options={(milestones.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${m.name} · ${t(`milestones.result.${m.acceptanceResult ?? 'pending'}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="invoiceNumber" label={t('payments.invoiceNumber')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="amount" label={t('payments.amount')} rules={required}>
          <Input inputMode="decimal" addonBefore={props.contract.currency} />
        </Form.Item>
        <Form.Item name="paidOn" label={t('payments.paidOn')} rules={[{ required: true, message: t('zod.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="approverId"
          label={t('payments.approver')}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <UserSelect ariaLabel={t('payments.approver')} />
        </Form.Item>
        {needsOverride && (
          <Form.Item
            name="overrideReason"
            label={t('payments.overrideReason')}
            extra={t('payments.overrideHint')}
            rules={required}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('payments.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PaymentSummary({ data }: { data: PaymentList }) {
  const { t } = useI18n();
  return (
    <Card size="small">
      <Row gutter={24}>
        <Col span={8}>
          <Statistic title={t('payments.contractAmount')} value={formatAmount(data.amount, data.currency)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('payments.paidTotal')} value={formatAmount(data.paid, data.currency)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('payments.remaining')} value={formatAmount(data.remaining, data.currency)} />
        </Col>
      </Row>
    </Card>
  );
}

/** Actual payments of a contract against its amount (R5.4); payments are never deleted. */
export function PaymentsTab({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = usePayments(contract.id);
  const [recording, setRecording] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {list.data && <PaymentSummary data={list.data} />}
      {can('contracts:payments') && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
          {t('payments.new')}
        </Button>
      )}
      <Table
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('payments.empty') }}
        columns={[
          { key: 'paidOn', title: t('payments.paidOn'), render: (_, p) => p.paidOn },
          { key: 'invoice', title: t('payments.invoiceNumber'), render: (_, p) => p.invoiceNumber },
          { key: 'amount', title: t('payments.amount'), render: (_, p) => formatAmount(p.amount, p.currency) },
          {
            key: 'milestone',
            title: t('payments.milestone'),
            render: (_, p) => (
              <Space size={4}>
                {p.milestoneName ?? t('common.empty')}
                {p.overrideReason && (
                  <Tag color="warning" title={p.overrideReason}>
                    {t('payments.override')}
                  </Tag>
                )}
              </Space>
            ),
          },
          { key: 'approver', title: t('payments.approver'), render: (_, p) => p.approver.displayName },
          { key: 'note', title: t('payments.note'), render: (_, p) => p.note ?? t('common.empty') },
        ]}
      />
      {recording && <PaymentDialog contract={contract} onClose={() => setRecording(false)} />}
    </Space>
  );
}
