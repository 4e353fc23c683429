import { VENDOR_ACTION_KINDS, type Grade } from '@thirdline/shared/vendor-performance/grades';
import { App, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { applyServerErrors } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { useI18n } from '../../i18n/I18nProvider';
import { VendorPicker } from '../vendors/VendorPicker';
import { useCreateVendorAction, type VendorAction, type VendorActionKind } from './api';

interface Values {
  vendorId?: string;
  kind: VendorActionKind;
  reason: string;
  deadline?: Dayjs;
  amount?: string;
}

/** Raises a reward or penalty; it goes to the director. Opened from a campaign row it carries vendor and grade. */
export function VendorActionDrawer(props: {
  open: boolean;
  onClose: () => void;
  onSaved: (action: VendorAction) => void;
  preset?: { vendorId: string; vendorName: string; kind?: VendorActionKind; campaignId?: string; grade?: Grade | null };
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useCreateVendorAction();
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue({ vendorId: props.preset?.vendorId, kind: props.preset?.kind ?? 'commendation' });
  }, [props.open, props.preset, form]);

  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const saved = await save.mutateAsync({
        vendorId: v.vendorId ?? '',
        kind: v.kind,
        reason: v.reason.trim(),
        deadline: v.kind === 'rectification' && v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
        amount: v.kind === 'fee-deduction' ? (v.amount?.trim() ?? null) : null,
        campaignId: props.preset?.campaignId ?? null,
        grade: props.preset?.grade ?? null,
      });
      void message.success(t('va.created'));
      props.onSaved(saved);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  const required = { required: true, message: t('zod.required') };
  return (
    <FormDrawer
      open={props.open}
      title={t('va.new')}
      size={520}
      saving={save.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
    >
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="vendorId" label={t('va.vendor')} rules={[required]}>
          {props.preset ? (
            <Typography.Text>{props.preset.vendorName}</Typography.Text>
          ) : (
            <VendorPicker ariaLabel={t('va.vendor')} />
          )}
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('va.kind')}
          rules={[required]}
          extra={kind === 'suspension' && t('va.suspensionHint')}
        >
          <Select
            aria-label={t('va.kind')}
            options={VENDOR_ACTION_KINDS.map((k) => ({ value: k, label: t(`va.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('va.reason')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        {kind === 'rectification' && (
          <Form.Item name="deadline" label={t('va.deadline')} rules={[required]}>
            <DatePicker aria-label={t('va.deadline')} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        )}
        {kind === 'fee-deduction' && (
          <Form.Item name="amount" label={t('va.amount')} rules={[required]}>
            <Input inputMode="decimal" addonAfter="CNY" maxLength={20} />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
