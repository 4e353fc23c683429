import { createVariationSchema } from '@thirdline/shared/contracts/contract-exit.schemas';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { App, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { zodRule } from '../../../components/forms';
import { useI18n } from '../../../i18n/I18nProvider';
import { useRequestVariation } from './api';
import { isoDay } from './exit-actions';
import { FormDialog } from './FormDialog';

interface Values {
  reason: string;
  content: string;
  impact?: string;
  newAmount?: string;
  newStartDate?: Dayjs | null;
  newEndDate?: Dayjs | null;
  newNoticePeriodDays?: number | null;
}

const shape = createVariationSchema.shape;

/** The variation request: reason, content, impact on other clauses and the new terms (blank = unchanged). */
export function VariationDialog(props: { contract: Contract; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const request = useRequestVariation(props.contract.id);
  const required = { required: true, whitespace: true, message: t('zod.required') };

  const submit = async (v: Values) => {
    await request.mutateAsync({
      reason: v.reason.trim(),
      content: v.content.trim(),
      impact: v.impact?.trim() ?? '',
      newAmount: v.newAmount?.trim() || null,
      newStartDate: isoDay(v.newStartDate),
      newEndDate: isoDay(v.newEndDate),
      newNoticePeriodDays: v.newNoticePeriodDays ?? null,
    });
    void message.success(t('contractExit.variation.created'));
  };

  return (
    <FormDialog<Values>
      open={props.open}
      title={t('contractExit.variation.request')}
      onClose={props.onClose}
      onSubmit={submit}
      width={640}
    >
      {() => (
        <>
          <Form.Item name="reason" label={t('contractExit.variation.reason')} rules={[required]}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item name="content" label={t('contractExit.variation.content')} rules={[required]}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Form.Item name="impact" label={t('contractExit.variation.impact')}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('contractExit.variation.unchangedHint')}</Typography.Paragraph>
          <Form.Item
            name="newAmount"
            label={`${t('contractExit.variation.newAmount')}（${props.contract.currency}）`}
            rules={[zodRule(shape.newAmount, i18n)]}
          >
            <Input placeholder={props.contract.amount} inputMode="decimal" />
          </Form.Item>
          <Form.Item name="newStartDate" label={t('contractExit.variation.newStartDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="newEndDate" label={t('contractExit.variation.newEndDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="newNoticePeriodDays" label={t('contractExit.variation.newNoticePeriodDays')}>
            <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
