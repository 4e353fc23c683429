import { Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../../components/LoadError';
import { useI18n } from '../../../i18n/I18nProvider';
import { useAccessLog, type DocumentAccessEntry } from './api';
import { when } from './format';

/** Who opened which document when: for the director and auditors (the server refuses everyone else). */
export function AccessLogPanel({ contractId }: { contractId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [page, setPage] = useState(1);
  const log = useAccessLog(contractId, page, true);
  return (
    <Card size="small" title={t('contractArchive.accessLog')} extra={<span>{t('contractArchive.accessLogHint')}</span>}>
      {log.error ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Table<DocumentAccessEntry>
          rowKey="id"
          size="small"
          loading={log.isLoading}
          dataSource={log.data?.items ?? []}
          locale={{ emptyText: t('contractArchive.noAccess') }}
          pagination={{ current: page, pageSize: 20, total: log.data?.total ?? 0, onChange: setPage }}
          columns={[
            { title: t('contractArchive.openedAt'), dataIndex: 'openedAt', render: when },
            { title: t('contractArchive.openedBy'), render: (_, e) => e.user?.displayName ?? '—' },
            { title: t('contractArchive.document'), dataIndex: 'documentName' },
            {
              title: t('contractArchive.kind'),
              dataIndex: 'documentKind',
              render: (k: string) => i18n.tx(`contractArchive.kind.${k}`, k),
            },
            {
              title: t('contractArchive.via'),
              dataIndex: 'via',
              render: (v: string) => <Tag>{i18n.tx(`contractArchive.via.${v}`, v)}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
