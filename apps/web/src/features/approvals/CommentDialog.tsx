import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** Confirms an action on an approval (withdraw, resubmit) with an optional comment. */
export function CommentDialog(props: {
  open: boolean;
  title: string;
  description: string;
  okText: string;
  danger?: boolean;
  loading: boolean;
  error: string | null;
  onOk: (comment: string | undefined) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ comment?: string }>();
  useEffect(() => {
    if (props.open) form.resetFields();
  }, [props.open, form]);
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      okButtonProps={{ danger: props.danger }}
      cancelText={t('common.cancel')}
      confirmLoading={props.loading}
      onCancel={props.onCancel}
      onOk={() => props.onOk(form.getFieldValue('comment')?.trim() || undefined)}
      destroyOnHidden
    >
      <Typography.Paragraph>{props.description}</Typography.Paragraph>
      {props.error && <Alert type="error" showIcon role="alert" title={props.error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="comment" label={t('approval.actionComment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
