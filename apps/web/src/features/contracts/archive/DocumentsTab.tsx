import { LockOutlined, UploadOutlined } from '@ant-design/icons';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { LoadError } from '../../../components/LoadError';
import { useI18n } from '../../../i18n/I18nProvider';
import { AccessLogPanel } from './AccessLogPanel';
import { documentContentUrl, useContractDocuments, type ContractDocument } from './api';
import { fileSize, when } from './format';
import { GrantsPanel } from './GrantsPanel';
import { UploadDocumentDialog } from './UploadDocumentDialog';

/**
 * The contract's documents (R5.7): everyone who reads the contract sees them listed; only the director and
 * granted users can open them. The director also manages grants; the director and auditors see the access log.
 */
export function DocumentsTab({ contract }: { contract: Contract }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const documents = useContractDocuments(contract.id);
  const [uploading, setUploading] = useState(false);
  const list = documents.data;
  // An open is logged by the server: refresh the access log shown beside the list.
  const opened = () => void queryClient.invalidateQueries({ queryKey: ['/contracts', contract.id, 'document-access'] });

  if (documents.error) return <LoadError error={documents.error} onRetry={() => void documents.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {can('contracts:write') && (
        <Button icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
          {t('contractArchive.upload')}
        </Button>
      )}
      {list && !list.canOpen && list.total > 0 && (
        <Alert type="info" showIcon icon={<LockOutlined aria-hidden />} title={t('contractArchive.restrictedHint')} />
      )}
      <Table<ContractDocument>
        rowKey="id"
        size="small"
        loading={documents.isLoading}
        dataSource={list?.items ?? []}
        locale={{ emptyText: t('contractArchive.empty') }}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('contractArchive.name'), dataIndex: 'name' },
          {
            title: t('contractArchive.kind'),
            dataIndex: 'kind',
            render: (k: string) => <Tag>{i18n.tx(`contractArchive.kind.${k}`, k)}</Tag>,
          },
          { title: t('contractArchive.size'), dataIndex: 'sizeBytes', render: fileSize },
          { title: t('contractArchive.uploadedBy'), render: (_, d) => d.uploadedBy?.displayName ?? '—' },
          { title: t('contractArchive.uploadedAt'), dataIndex: 'uploadedAt', render: when },
          { title: t('contractArchive.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
          {
            title: '',
            render: (_, d) =>
              d.canOpen ? (
                <Button
                  size="small"
                  href={documentContentUrl(contract.id, d.id)}
                  target="_blank"
                  rel="noopener"
                  onClick={opened}
                >
                  {t('contractArchive.open')}
                </Button>
              ) : (
                <Tag icon={<LockOutlined aria-hidden />}>{t('contractArchive.restricted')}</Tag>
              ),
          },
        ]}
      />
      {list?.canManageGrants && <GrantsPanel contractId={contract.id} />}
      {list?.canSeeAccessLog && <AccessLogPanel contractId={contract.id} />}
      <UploadDocumentDialog contractId={contract.id} open={uploading} onClose={() => setUploading(false)} />
    </Space>
  );
}
