import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { UserSelect } from '../users/UserSelect';
import { useReassign, type ApprovalTaskInStage } from './api';

interface Values {
  assigneeId?: string;
  comment?: string;
}

/** 改派: a workflow manager gives an open task to another participant. */
export function ReassignDialog(props: { task: ApprovalTaskInStage | null; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reassign = useReassign();
  const [error, setError] = useState<string | null>(null);
  const { task } = props;

  useEffect(() => {
    if (task) {
      form.resetFields();
      setError(null);
    }
  }, [task, form]);

  const submit = async (values: Values) => {
    if (!task || !values.assigneeId) return;
    setError(null);
    try {
      await reassign.mutateAsync({
        taskId: task.id,
        assigneeId: values.assigneeId,
        comment: values.comment?.trim() || undefined,
      });
      void message.success(t('reassign.done'));
      props.onClose();
    } catch (e) {
      setError(problemMessage(e, i18n));
    }
  };

  return (
    <Modal
      open={!!task}
      title={task ? t('reassign.title', { name: task.assignee.displayName }) : undefined}
      okText={t('reassign.action')}
      cancelText={t('common.cancel')}
      confirmLoading={reassign.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="assigneeId"
          label={t('reassign.to')}
          rules={[{ required: true, message: t('decision.delegateRequired') }]}
        >
          <UserSelect ariaLabel={t('reassign.to')} placeholder={t('decision.delegatePlaceholder')} />
        </Form.Item>
        <Form.Item name="comment" label={t('approval.actionComment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
