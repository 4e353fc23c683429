import type { VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { isApiError } from '../../api/client';
import { problemMessage } from '../../components/problems';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { useTransitionVendor, type Vendor } from './api';
import { useVendorLists } from './vendor-lists';
import { vendorLabel } from './labels';

interface UnmetCondition {
  code: string;
  message: string;
  type?: string;
  validTo?: string | null;
  occurredOn?: string;
}

/** Every reason the server gave, in the user's language (422 approval gate, 409 illegal move). */
export function explain(error: unknown, to: VendorStatus, i18n: I18n): ReactNode {
  const { t } = i18n;
  if (isApiError(error, 'approval_conditions_unmet')) {
    const unmet = (error.problem as { unmetConditions?: UnmetCondition[] }).unmetConditions ?? [];
    return (
      <>
        <div>{t('vendor.approveBlocked')}</div>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {unmet.map((c, i) => (
            <li key={i}>
              {i18n.tx(`vendor.unmet.${c.code}`, c.message, {
                type: c.type ? vendorLabel(i18n, 'qualType', c.type) : '',
                date: c.validTo ?? c.occurredOn ?? '',
              })}
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (isApiError(error, 'illegal_transition')) {
    const allowed = (error.problem as { allowedNext?: string[] }).allowedNext ?? [];
    const names = allowed.map((s) => vendorLabel(i18n, 'vendor.status', s));
    return t('vendor.illegalTransition', {
      to: vendorLabel(i18n, 'vendor.status', to),
      allowed: names.length ? names.join(i18n.locale === 'zh-CN' ? '、' : ', ') : t('vendor.noneAllowed'),
    });
  }
  if (isApiError(error, 'version_conflict')) return t('record.conflict');
  return problemMessage(error, i18n);
}

/** Asks for the reason of a lifecycle move and sends it; shows why the server refused. */
export function TransitionDialog(props: { vendor: Vendor; to: VendorStatus | null; onClose: () => void }) {
  const i18n = useI18n();
  useVendorLists();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const transition = useTransitionVendor();
  const [error, setError] = useState<unknown>(null);
  const { to } = props;

  useEffect(() => {
    if (to) {
      form.resetFields();
      setError(null);
    }
  }, [to, form]);

  const submit = async ({ reason }: { reason: string }) => {
    if (!to) return;
    setError(null);
    try {
      await transition.mutateAsync({ vendor: props.vendor, to, reason: reason.trim() });
      void message.success(t('vendor.transitionDone', { status: vendorLabel(i18n, 'vendor.status', to) }));
      props.onClose();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal
      open={!!to}
      title={to ? t('vendor.transitionTo', { status: vendorLabel(i18n, 'vendor.status', to) }) : undefined}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      destroyOnHidden
    >
      {error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={explain(error, to ?? 'approved', i18n)}
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label={t('vendor.transitionReason')}
          rules={[{ required: true, whitespace: true, message: t('zod.required') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
