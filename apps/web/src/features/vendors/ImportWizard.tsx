import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VendorImportStatus } from '@thirdline/shared/vendors/vendor-import.schemas';
import { Alert, Button, Modal, Popconfirm, Progress, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, downloadUrl } from '../../api/client';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { VENDORS } from './api';

const IMPORTS = `${VENDORS}/imports`;

/** How often the status is asked for while the rows are being checked. */
const POLL_MS = 500;

function useImportStatus(id: string | null) {
  return useQuery({
    queryKey: [IMPORTS, id],
    queryFn: () => api.get<VendorImportStatus>(`${IMPORTS}/${id}`),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.status === 'validating' ? POLL_MS : false),
  });
}

/**
 * The vendor import wizard: download the template, upload a workbook, watch the check, read the row errors (or
 * download them in the workbook), and commit once there are none.
 */
export function ImportWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [importId, setImportId] = useState<string | null>(null);
  const status = useImportStatus(importId);
  const current = status.data;

  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.post<{ id: string }>(IMPORTS, form);
    },
    onSuccess: ({ id }) => setImportId(id),
  });
  const commit = useMutation({
    mutationFn: () => api.post<VendorImportStatus>(`${IMPORTS}/${importId}/commit`),
    onSuccess: (result) => {
      queryClient.setQueryData([IMPORTS, importId], result);
      void queryClient.invalidateQueries({ queryKey: [VENDORS] });
    },
  });

  const restart = () => {
    setImportId(null);
    upload.reset();
    commit.reset();
  };
  const close = () => {
    restart();
    onClose();
  };

  const step = !current ? 0 : current.status === 'done' ? 2 : 1;
  const errors = current?.rowErrors ?? [];
  const rows = current?.summary.rows ?? 0;

  return (
    <Modal open={open} onCancel={close} title={t('vendorImport.title')} width={900} footer={null} destroyOnHidden>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Steps
          current={step}
          items={[
            { title: t('vendorImport.stepUpload') },
            { title: t('vendorImport.stepCheck') },
            { title: t('vendorImport.stepCommit') },
          ]}
        />
        {step === 0 && (
          <>
            <Space wrap>
              <Button icon={<DownloadOutlined aria-hidden />} href={downloadUrl(`${VENDORS}/import-template`)}>
                {t('vendorImport.template')}
              </Button>
              <Typography.Text type="secondary">{t('vendorImport.templateHint')}</Typography.Text>
            </Space>
            <Upload.Dragger
              accept=".xlsx"
              multiple={false}
              showUploadList={false}
              disabled={upload.isPending}
              beforeUpload={(file) => {
                upload.mutate(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p>{upload.isPending ? t('vendorImport.uploading') : t('vendorImport.drop')}</p>
            </Upload.Dragger>
            {upload.isError && <Alert type="error" showIcon title={problemMessage(upload.error, i18n)} />}
          </>
        )}
        {current?.status === 'validating' && (
          <>
            <Progress
              percent={Math.floor((100 * current.progress.done) / Math.max(1, current.progress.total))}
              aria-label={t('vendorImport.stepCheck')}
            />
            <Typography.Text>
              {t('vendorImport.validating', { done: current.progress.done, total: current.progress.total })}
            </Typography.Text>
          </>
        )}
        {current?.status === 'failed' && (
          <Alert
            type="error"
            showIcon
            title={t('vendorImport.failed', { reason: current.summary.failure ?? '' })}
            action={<Button onClick={restart}>{t('vendorImport.uploadAgain')}</Button>}
          />
        )}
        {current && ['ready', 'committing'].includes(current.status) && (
          <>
            {errors.length > 0 ? (
              <Alert
                type="error"
                showIcon
                title={t('vendorImport.errorsFound', { rows: current.summary.rowsWithErrors, count: errors.length })}
              />
            ) : (
              <Alert type="success" showIcon title={t('vendorImport.ready', { rows })} />
            )}
            {errors.length > 0 && (
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
                dataSource={errors}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { key: 'row', title: t('vendorImport.row'), dataIndex: 'row', width: 70 },
                  { key: 'column', title: t('vendorImport.column'), dataIndex: 'column', width: 180 },
                  { key: 'message', title: t('vendorImport.message'), dataIndex: 'message' },
                ]}
              />
            )}
            {commit.isError && <Alert type="error" showIcon title={problemMessage(commit.error, i18n)} />}
            <Space wrap>
              {errors.length > 0 && (
                <Button
                  icon={<DownloadOutlined aria-hidden />}
                  href={downloadUrl(`${IMPORTS}/${current.id}/errors.xlsx`)}
                >
                  {t('vendorImport.errorWorkbook')}
                </Button>
              )}
              <Button onClick={restart}>{t('vendorImport.uploadAgain')}</Button>
              <Popconfirm
                title={t('vendorImport.confirm', { rows })}
                onConfirm={() => commit.mutate()}
                disabled={errors.length > 0}
              >
                <Button type="primary" disabled={errors.length > 0} loading={commit.isPending}>
                  {t('vendorImport.commit', { rows })}
                </Button>
              </Popconfirm>
            </Space>
          </>
        )}
        {current?.status === 'done' && (
          <Result
            status="success"
            title={t('vendorImport.done', { created: current.summary.created })}
            subTitle={t('vendorImport.doneDetail', {
              first: current.summary.firstReference ?? '',
              last: current.summary.lastReference ?? '',
              contacts: current.summary.contacts,
            })}
            extra={
              <Button type="primary" onClick={close}>
                {t('common.close')}
              </Button>
            }
          />
        )}
      </Space>
    </Modal>
  );
}
