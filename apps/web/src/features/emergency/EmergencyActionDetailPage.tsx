import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { submitEmergencyReportSchema } from '@thirdline/shared/emergency/emergency.schemas';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { DetailPage } from '../../components/DetailPage';
import { applyServerErrors, zodRule } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { useEmergencyAction, useSubmitEmergencyReport, type EmergencyAction } from './api';
import { EmergencyStatusTag } from './EmergencyStatusTag';

const when = (iso: string | null, empty: string) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : empty);

function ReportForm({ action }: { action: EmergencyAction }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ report: string }>();
  const submit = useSubmitEmergencyReport();
  const onSubmit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    modal.confirm({
      title: t('emergency.submitReport'),
      content: t('emergency.submitConfirm'),
      okText: t('emergency.submitReport'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await submit.mutateAsync({ action, report: v.report.trim() });
          void message.success(t('emergency.reportSubmitted'));
        } catch (e) {
          const overall = applyServerErrors(form, e, i18n);
          if (overall) void message.error(overall);
          if (isApiError(e) && e.status === 409) form.resetFields();
        }
      },
    });
  };
  return (
    <Card title={t('emergency.submitReport')} size="small">
      <Form form={form} layout="vertical">
        <Form.Item
          name="report"
          label={t('emergency.report')}
          extra={t('emergency.reportHint')}
          rules={[
            { required: true, whitespace: true, message: t('zod.required') },
            zodRule(submitEmergencyReportSchema.shape.report, i18n),
          ]}
        >
          <Input.TextArea rows={8} maxLength={20_000} />
        </Form.Item>
        <Button type="primary" loading={submit.isPending} onClick={() => void onSubmit()}>
          {t('emergency.submitReport')}
        </Button>
      </Form>
    </Card>
  );
}

function Details({ action }: { action: EmergencyAction }) {
  const { t } = useI18n();
  const empty = t('common.empty');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {action.overdue && <Alert type="error" showIcon role="alert" title={t('emergency.overdue')} />}
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
        <Descriptions.Item label={t('emergency.actedAt')}>{when(action.actedAt, empty)}</Descriptions.Item>
        <Descriptions.Item label={t('emergency.reportDueAt')}>{when(action.reportDueAt, empty)}</Descriptions.Item>
        <Descriptions.Item label={t('emergency.reporter')}>{action.reporter.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('emergency.vendor')}>
          {action.vendor ? <Link to={`/vendors/${action.vendor.id}`}>{action.vendor.name}</Link> : empty}
        </Descriptions.Item>
        <Descriptions.Item label={t('emergency.contractRef')}>{action.contractRef ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('emergency.projectRef')}>{action.projectRef ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('emergency.description')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {action.description}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('emergency.reason')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{action.reason}</Typography.Paragraph>
        </Descriptions.Item>
        {action.report !== null && (
          <Descriptions.Item label={t('emergency.report')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{action.report}</Typography.Paragraph>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('emergency.reportedAt')}>{when(action.reportedAt, empty)}</Descriptions.Item>
        <Descriptions.Item label={t('emergency.acknowledgedBy')}>
          {action.acknowledgedBy
            ? `${action.acknowledgedBy.displayName} · ${when(action.acknowledgedAt, empty)}`
            : empty}
        </Descriptions.Item>
      </Descriptions>
      {action.permissions.includes('submit-report') && <ReportForm action={action} />}
    </Space>
  );
}

export function EmergencyActionDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const action = useEmergencyAction(id);
  const a = action.data;
  return (
    <DetailPage
      backTo="/emergency-actions"
      loading={action.isPending}
      error={action.error}
      title={a ? `${a.reference} ${a.title}` : undefined}
      status={a && <EmergencyStatusTag action={a} />}
      subtitle={a?.approvalId ? <Link to={`/approvals/${a.approvalId}`}>{t('emergency.approval')}</Link> : undefined}
      tabs={a ? [{ key: 'details', label: t('emergency.details'), children: <Details action={a} /> }] : []}
      history={a ? { recordType: 'emergency-action', recordId: a.id } : undefined}
    />
  );
}
