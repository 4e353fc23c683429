import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { LoadError } from '../../../components/LoadError';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSubmitFinalReport, useTermination, type Termination } from './api';
import { FileField } from './FileField';
import { FormDialog } from './FormDialog';
import { HandoverSection } from './HandoverSection';
import { ContractTerminateAction } from './TerminateDialog';

function ReportStatus({ termination: x }: { termination: Termination }) {
  const { t } = useI18n();
  if (x.finalReportSubmittedAt) {
    return x.finalReportLate ? (
      <Tag color="warning">{t('contractExit.finalReport.late')}</Tag>
    ) : (
      <Tag color="success">{t('contractExit.finalReport.onTime')}</Tag>
    );
  }
  return x.finalReportOverdue ? (
    <Tag color="error">{t('contractExit.finalReport.overdue')}</Tag>
  ) : (
    <Tag color="processing">{t('contractExit.finalReport.pending')}</Tag>
  );
}

function FinalReportCard({ contractId, termination }: { contractId: string; termination: Termination }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const submit = useSubmitFinalReport(contractId);
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('contractExit.finalReport')}
          <ReportStatus termination={termination} />
        </Space>
      }
      extra={
        termination.permissions.includes('submit-final-report') && (
          <Button type="primary" size="small" onClick={() => setOpen(true)}>
            {t('contractExit.finalReport.submit')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('contractExit.finalReport.dueOn')}>
          {termination.finalReportDueOn}
        </Descriptions.Item>
        {termination.finalReport && (
          <Descriptions.Item label={t('contractExit.finalReport')}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{termination.finalReport}</Typography.Text>
          </Descriptions.Item>
        )}
        {termination.finalReportFileId && (
          <Descriptions.Item label={t('contractExit.finalReport.file')}>
            <a href={`/api/v1/files/${termination.finalReportFileId}/content`} target="_blank" rel="noreferrer">
              {t('contractExit.openFile')}
            </a>
          </Descriptions.Item>
        )}
      </Descriptions>
      <FormDialog<{ report: string; fileId?: string | null }>
        open={open}
        title={t('contractExit.finalReport.submit')}
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          await submit.mutateAsync({ version: termination.version, report: v.report.trim(), fileId: v.fileId ?? null });
          void message.success(t('contractExit.finalReport.submitted'));
        }}
      >
        {() => (
          <>
            <Form.Item
              name="report"
              label={t('contractExit.finalReport')}
              rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
            >
              <Input.TextArea rows={8} maxLength={20000} />
            </Form.Item>
            <Form.Item name="fileId" label={t('contractExit.finalReport.file')}>
              <FileField contractId={contractId} />
            </Form.Item>
          </>
        )}
      </FormDialog>
    </Card>
  );
}

/** The exit tab: how the contract ended (or the terminate action), the final report and the handover checklist. */
export function ExitTab({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const query = useTermination(contract.id);
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const x = query.data?.termination;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {x ? (
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('contractExit.termination.kind')}>
            {t(`contractExit.termination.kind.${x.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('contractExit.termination.effectiveDate')}>{x.effectiveDate}</Descriptions.Item>
          <Descriptions.Item label={t('contractExit.termination.reason')} span={2}>
            {x.reason}
          </Descriptions.Item>
          <Descriptions.Item label={t('contractExit.termination.owedToVendor')}>
            {x.settlementOwedToVendor} {contract.currency}
          </Descriptions.Item>
          <Descriptions.Item label={t('contractExit.termination.owedByVendor')}>
            {x.settlementOwedByVendor} {contract.currency}
          </Descriptions.Item>
          {x.settlementNote && (
            <Descriptions.Item label={t('contractExit.termination.settlementNote')} span={2}>
              {x.settlementNote}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('contractExit.termination.by')} span={2}>
            {x.terminatedBy?.displayName} · {dayjs(x.terminatedAt).format('YYYY-MM-DD HH:mm')}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        !query.isPending && (
          <Space>
            <Typography.Text type="secondary">{t('contractExit.termination.none')}</Typography.Text>
            <ContractTerminateAction contract={contract} />
          </Space>
        )
      )}
      {x && <FinalReportCard contractId={contract.id} termination={x} />}
      <HandoverSection contractId={contract.id} />
    </Space>
  );
}
