import { PlusOutlined } from '@ant-design/icons';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Button, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { useNotifyError } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { UserSelect } from '../../users/UserSelect';
import { useChecks, useRecordCheck, useSetCheckInterval } from './api';
import { useSubmit } from './form-submit';

interface Values {
  checkedOn: Dayjs;
  checkerId?: string;
  findings: string;
  followUps?: string;
}

function CheckDialog(props: { contract: Contract; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const record = useRecordCheck(props.contract.id);
  const submit = useSubmit(form, 'checks.saved', props.onClose);
  const onFinish = (v: Values) =>
    submit(() =>
      record.mutateAsync({
        checkedOn: v.checkedOn.format('YYYY-MM-DD'),
        ...(v.checkerId ? { checkerId: v.checkerId } : {}),
        findings: v.findings.trim(),
        followUps: v.followUps?.trim() || null,
      }),
    );
  return (
    <Modal
      open
      title={t('checks.new')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ checkedOn: dayjs() }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="checkedOn"
          label={t('checks.checkedOn')}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="checkerId" label={t('checks.checker')}>
          <UserSelect ariaLabel={t('checks.checker')} />
        </Form.Item>
        <Form.Item
          name="findings"
          label={t('checks.findings')}
          rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="followUps" label={t('checks.followUps')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Periodic execution checks of a contract (R5.4): monthly unless set otherwise; the PM is reminded when one is due. */
export function ChecksTab({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = useChecks(contract.id);
  const setInterval = useSetCheckInterval(contract.id);
  const notifyError = useNotifyError();
  const [recording, setRecording] = useState(false);
  const canWrite = can('contracts:write');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {list.data && (
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('checks.interval')}>
            {canWrite ? (
              <Select
                aria-label={t('checks.interval')}
                style={{ width: 160 }}
                value={list.data.intervalMonths}
                loading={setInterval.isPending}
                onChange={(v: number) => setInterval.mutateAsync(v).catch(notifyError)}
                options={[1, 2, 3, 6, 12].map((m) => ({ value: m, label: t('checks.intervalMonths', { months: m }) }))}
              />
            ) : (
              t('checks.intervalMonths', { months: list.data.intervalMonths })
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('checks.nextDue')}>{list.data.nextDueOn}</Descriptions.Item>
        </Descriptions>
      )}
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
          {t('checks.new')}
        </Button>
      )}
      <Table
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('checks.empty') }}
        columns={[
          { key: 'checkedOn', title: t('checks.checkedOn'), render: (_, k) => k.checkedOn },
          { key: 'checker', title: t('checks.checker'), render: (_, k) => k.checker.displayName },
          { key: 'findings', title: t('checks.findings'), render: (_, k) => k.findings },
          { key: 'followUps', title: t('checks.followUps'), render: (_, k) => k.followUps ?? t('common.empty') },
        ]}
      />
      {recording && <CheckDialog contract={contract} onClose={() => setRecording(false)} />}
    </Space>
  );
}
