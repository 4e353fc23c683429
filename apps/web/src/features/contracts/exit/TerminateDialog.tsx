import { terminateContractSchema, TERMINATION_KINDS } from '@thirdline/shared/contracts/contract-exit.schemas';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { zodRule } from '../../../components/forms';
import { useI18n } from '../../../i18n/I18nProvider';
import { useTerminate, useTermination } from './api';
import { exitActions, isoDay } from './exit-actions';
import { FormDialog } from './FormDialog';

interface Values {
  kind: (typeof TERMINATION_KINDS)[number];
  reason: string;
  effectiveDate: Dayjs;
  settlementOwedToVendor?: string;
  settlementOwedByVendor?: string;
  settlementNote?: string;
}

const shape = terminateContractSchema.shape;

/** Terminate: kind, reason, effective date and settlement both ways; then the handover and the final report. */
export function TerminateDialog(props: { contract: Contract; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const terminate = useTerminate(props.contract);
  const { contract } = props;
  const expired = contract.status === 'expired';
  const kinds = expired ? (['expiry'] as const) : TERMINATION_KINDS;

  return (
    <FormDialog<Values>
      open={props.open}
      title={`${t('contractExit.terminate')} ${contract.reference}`}
      okText={t('contractExit.terminate.confirm')}
      onClose={props.onClose}
      initialValues={{
        kind: expired ? 'expiry' : undefined,
        effectiveDate: dayjs(expired ? (contract.endedOn ?? contract.endDate) : undefined),
      }}
      onSubmit={async (v) => {
        const done = await terminate.mutateAsync({
          kind: v.kind,
          reason: v.reason.trim(),
          effectiveDate: isoDay(v.effectiveDate) as string,
          settlementOwedToVendor: v.settlementOwedToVendor?.trim() || '0',
          settlementOwedByVendor: v.settlementOwedByVendor?.trim() || '0',
          settlementNote: v.settlementNote?.trim() || null,
        });
        void message.success(t('contractExit.terminate.done', { date: done.finalReportDueOn }));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="kind"
            label={t('contractExit.termination.kind')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <Select options={kinds.map((k) => ({ value: k, label: t(`contractExit.termination.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('contractExit.termination.reason')}
            rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={t('contractExit.termination.effectiveDate')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="settlementOwedToVendor"
            label={`${t('contractExit.termination.owedToVendor')}（${contract.currency}）`}
            rules={[zodRule(shape.settlementOwedToVendor, i18n)]}
          >
            <Input placeholder="0.00" inputMode="decimal" />
          </Form.Item>
          <Form.Item
            name="settlementOwedByVendor"
            label={`${t('contractExit.termination.owedByVendor')}（${contract.currency}）`}
            rules={[zodRule(shape.settlementOwedByVendor, i18n)]}
          >
            <Input placeholder="0.00" inputMode="decimal" />
          </Form.Item>
          <Form.Item name="settlementNote" label={t('contractExit.termination.settlementNote')}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

/** The "terminate" button (and its dialog) for the contract page header; nothing when it does not apply. */
export function ContractTerminateAction({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const termination = useTermination(contract.id);
  if (!exitActions(contract, can).terminate || termination.isPending || termination.data?.termination) return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('contractExit.terminate')}
      </Button>
      <TerminateDialog contract={contract} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
