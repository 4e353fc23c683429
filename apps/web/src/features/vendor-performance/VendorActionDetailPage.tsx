import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { DetailPage } from '../../components/DetailPage';
import { applyServerErrors } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { useCloseVendorAction, useVendorAction, type VendorAction } from './api';
import { GradeTag, VendorActionStatusTag } from './labels';

const when = (iso: string | null, empty: string) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : empty);

/** The rectification is done: whoever may write vendor actions confirms it with a note. */
function CloseForm({ action }: { action: VendorAction }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const close = useCloseVendorAction();
  const onClose = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await close.mutateAsync({ action, note: v.note.trim() });
      void message.success(t('va.closed'));
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  return (
    <Card title={t('va.close')} size="small">
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label={t('va.closingNote')}
          rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Button type="primary" loading={close.isPending} onClick={() => void onClose()}>
          {t('va.close')}
        </Button>
      </Form>
    </Card>
  );
}

function Details({ action }: { action: VendorAction }) {
  const { t } = useI18n();
  const empty = t('common.empty');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {action.overdue && <Alert type="error" showIcon role="alert" title={t('va.overdue')} />}
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
        <Descriptions.Item label={t('va.vendor')}>
          <Link to={`/vendors/${action.vendor.id}`}>{action.vendor.name}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('va.kind')}>{t(`va.kind.${action.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('va.deadline')}>{action.deadline ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('va.amount')}>
          {action.amount ? `${action.amount} ${action.currency}` : empty}
        </Descriptions.Item>
        <Descriptions.Item label={t('va.campaign')}>
          {action.campaign ? (
            <Link to={`/re-evaluation-campaigns/${action.campaign.id}`}>{action.campaign.name}</Link>
          ) : (
            empty
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('va.grade')}>
          <GradeTag grade={action.grade} />
        </Descriptions.Item>
        <Descriptions.Item label={t('va.requestedBy')}>
          {`${action.requestedBy.displayName} · ${when(action.createdAt, empty)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('va.decidedAt')}>{when(action.decidedAt, empty)}</Descriptions.Item>
        <Descriptions.Item label={t('va.reason')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{action.reason}</Typography.Paragraph>
        </Descriptions.Item>
        {action.closingNote !== null && (
          <Descriptions.Item label={t('va.closingNote')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {action.closingNote}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
      {action.permissions.includes('close') && <CloseForm action={action} />}
    </Space>
  );
}

export function VendorActionDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const query = useVendorAction(id);
  const a = query.data;
  return (
    <DetailPage
      backTo="/vendor-actions"
      loading={query.isPending}
      error={query.error}
      title={a ? `${a.reference} ${t(`va.kind.${a.kind}`)} · ${a.vendor.name}` : undefined}
      status={a && <VendorActionStatusTag action={a} />}
      subtitle={a?.approvalId ? <Link to={`/approvals/${a.approvalId}`}>{t('va.approval')}</Link> : undefined}
      tabs={a ? [{ key: 'details', label: t('va.details'), children: <Details action={a} /> }] : []}
      history={a ? { recordType: 'vendor-action', recordId: a.id } : undefined}
    />
  );
}
