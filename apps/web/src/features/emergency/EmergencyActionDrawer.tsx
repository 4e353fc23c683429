import { createEmergencyActionSchema } from '@thirdline/shared/emergency/emergency.schemas';
import { App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { applyServerErrors, zodRule } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { useI18n } from '../../i18n/I18nProvider';
import { VendorPicker } from '../vendors/VendorPicker';
import { useRecordEmergencyAction, type EmergencyAction } from './api';

interface Values {
  title: string;
  description: string;
  reason: string;
  actedAt: Dayjs;
  vendorId?: string;
  contractRef?: string;
  projectRef?: string;
}

const shape = createEmergencyActionSchema.shape;

/** Records an emergency action; the deadline for its written report is shown once it is saved. */
export function EmergencyActionDrawer(props: {
  open: boolean;
  onClose: () => void;
  onSaved: (action: EmergencyAction) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useRecordEmergencyAction();

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue({ actedAt: dayjs() });
  }, [props.open, form]);

  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const saved = await save.mutateAsync({
        title: v.title.trim(),
        description: v.description.trim(),
        reason: v.reason.trim(),
        actedAt: v.actedAt.toISOString(),
        vendorId: v.vendorId ?? null,
        contractRef: v.contractRef?.trim() || null,
        projectRef: v.projectRef?.trim() || null,
      });
      void message.success(t('emergency.created', { due: dayjs(saved.reportDueAt).format('YYYY-MM-DD HH:mm') }));
      props.onSaved(saved);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  const required = { required: true, whitespace: true, message: t('zod.required') };
  return (
    <FormDrawer
      open={props.open}
      title={t('emergency.new')}
      size={560}
      saving={save.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
    >
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="title" label={t('emergency.titleField')} rules={[required, zodRule(shape.title, i18n)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="actedAt"
          label={t('emergency.actedAt')}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            aria-label={t('emergency.actedAt')}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('emergency.description')}
          rules={[required, zodRule(shape.description, i18n)]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="reason" label={t('emergency.reason')} rules={[required, zodRule(shape.reason, i18n)]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="vendorId" label={t('emergency.vendor')}>
          <VendorPicker ariaLabel={t('emergency.vendor')} />
        </Form.Item>
        <Form.Item name="contractRef" label={t('emergency.contractRef')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="projectRef" label={t('emergency.projectRef')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
