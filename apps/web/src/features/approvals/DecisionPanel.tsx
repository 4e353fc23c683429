import { Alert, App, Button, Card, Flex, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { applyServerErrors } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { UserSelect } from '../users/UserSelect';
import { newIdempotencyKey, useDecide, type Decision } from './api';

interface Values {
  comment?: string;
  delegateTo?: string;
}

/** Decisions that end or send back the approval need a reason. */
const NEEDS_COMMENT = new Set<Decision>(['reject', 'return', 'comment']);

/** The caller's open task on this approval: approve, reject, return for changes, delegate or comment. */
export function DecisionPanel(props: {
  taskId: string;
  stageName: string;
  /** The task was decided meanwhile (409): the page says so, since this panel goes away on the refetch. */
  onConflict: () => void;
}) {
  const { taskId, stageName } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decide = useDecide();
  const [error, setError] = useState<string | null>(null);
  const [delegating, setDelegating] = useState(false);
  const [running, setRunning] = useState<Decision | null>(null);

  const send = async (decision: Decision, values: Values) => {
    setError(null);
    setRunning(decision);
    try {
      await decide.mutateAsync({
        taskId,
        decision,
        comment: values.comment?.trim() || undefined,
        delegateTo: decision === 'delegate' ? values.delegateTo : undefined,
        idempotencyKey: newIdempotencyKey(),
      });
      void message.success(t(`decision.done.${decision}`));
      form.resetFields();
      setDelegating(false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) props.onConflict();
      else setError(applyServerErrors(form, e, i18n) ?? problemMessage(e, i18n));
    } finally {
      setRunning(null);
    }
  };

  const submit = async (decision: Decision) => {
    const values = form.getFieldsValue();
    const errors: { name: keyof Values; errors: string[] }[] = [];
    if (NEEDS_COMMENT.has(decision) && !values.comment?.trim()) {
      errors.push({ name: 'comment', errors: [t('decision.commentRequired')] });
    }
    if (decision === 'delegate' && !values.delegateTo) {
      errors.push({ name: 'delegateTo', errors: [t('decision.delegateRequired')] });
    }
    form.setFields([{ name: 'comment', errors: [] }, { name: 'delegateTo', errors: [] }, ...errors]);
    if (errors.length) return;
    if (decision === 'reject') {
      modal.confirm({
        title: t('decision.confirmRejectTitle'),
        content: t('decision.confirmReject'),
        okText: t('decision.reject'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => send(decision, values),
      });
      return;
    }
    await send(decision, values);
  };

  const busy = running !== null;
  const button = (decision: Decision, extra: { primary?: boolean; danger?: boolean } = {}) => (
    <Button
      type={extra.primary ? 'primary' : 'default'}
      danger={extra.danger}
      loading={running === decision}
      disabled={busy && running !== decision}
      onClick={() => void submit(decision)}
    >
      {t(`decision.${decision}`)}
    </Button>
  );

  return (
    <Card title={t('decision.title')} role="region" aria-label={t('decision.title')}>
      <Typography.Paragraph type="secondary">{t('decision.hint', { stage: stageName })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="comment" label={t('decision.commentLabel')} extra={t('decision.commentHint')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        {delegating && (
          <Form.Item name="delegateTo" label={t('decision.delegateTo')}>
            <UserSelect ariaLabel={t('decision.delegateTo')} placeholder={t('decision.delegatePlaceholder')} />
          </Form.Item>
        )}
        <Flex wrap gap={8}>
          {button('approve', { primary: true })}
          {button('return')}
          {button('reject', { danger: true })}
          {delegating ? (
            <Space>
              {button('delegate')}
              <Button onClick={() => setDelegating(false)}>{t('common.cancel')}</Button>
            </Space>
          ) : (
            <Button disabled={busy} onClick={() => setDelegating(true)}>
              {t('decision.delegate')}…
            </Button>
          )}
          {button('comment')}
        </Flex>
      </Form>
    </Card>
  );
}
