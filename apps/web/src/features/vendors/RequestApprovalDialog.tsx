import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { useRequestVendorApproval, type Vendor } from './api';
import { explain } from './TransitionDialog';

/** Starts the vendor-approval flow for a vendor; lists the unmet conditions when the server refuses (422). */
export function RequestApprovalDialog(props: { vendor: Vendor; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ comment?: string }>();
  const request = useRequestVendorApproval();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (props.open) {
      form.resetFields();
      setError(null);
    }
  }, [props.open, form]);

  const submit = async ({ comment }: { comment?: string }) => {
    setError(null);
    try {
      const { approvalId } = await request.mutateAsync({ vendor: props.vendor, comment: comment?.trim() || undefined });
      void message.success(t('vendor.approvalRequested'));
      props.onClose();
      void navigate(`/approvals/${approvalId}`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('vendor.requestApproval')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('vendor.requestApprovalSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={request.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('vendor.requestApprovalHint')}</Typography.Paragraph>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={
            isApiError(error, 'approval_already_pending')
              ? t('vendor.approvalAlreadyPending')
              : explain(error, 'approved', i18n)
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="comment" label={t('vendor.requestApprovalComment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
