import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Spin, Table, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { api } from '../api/client';
import type { AuditEvent, Page } from '../api/types';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { dataValueLabel, valueLabelGroup } from './history-values';
import { permissionLabel, roleLabel } from './labels';
import { problemMessage } from './problems';

const PAGE_SIZE = 50;

/** Bookkeeping columns every change touches; they say nothing to a reader. */
const HIDDEN_FIELDS = new Set(['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

export function formatValue(value: unknown, i18n: I18n, field?: string, recordType?: string): string {
  if (value === null || value === undefined || value === '') return i18n.t('common.empty');
  const group = valueLabelGroup(recordType, field);
  if (group && typeof value === 'string') {
    return dataValueLabel(i18n.locale, group, value) ?? i18n.tx(`${group}.${value}`, value);
  }
  if (value === '[redacted]') return i18n.t('history.redacted');
  if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
  if (Array.isArray(value)) {
    const label = (v: unknown) =>
      field === 'roles' && typeof v === 'string'
        ? roleLabel(i18n, v)
        : field === 'permissions' && typeof v === 'string'
          ? permissionLabel(i18n, v)
          : formatValue(v, i18n, field, recordType);
    return value.length ? value.map(label).join(i18n.locale === 'zh-CN' ? '、' : ', ') : i18n.t('common.empty');
  }
  if (field === 'locale' && typeof value === 'string') return value === 'en-US' ? 'English' : '简体中文';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** "users.create" → translated when the dictionary knows it, else the code itself. */
export const actionLabel = (i18n: I18n, action: string) => i18n.tx(`action.${action}`, action);
export const fieldLabel = (i18n: I18n, field: string) => i18n.tx(`auditField.${field}`, field);

export function ChangesTable({ changes, recordType }: { changes: AuditEvent['changes']; recordType?: string }) {
  const i18n = useI18n();
  const rows = Object.entries(changes ?? {})
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, c]) => ({ field, ...c }));
  if (!rows.length) return <Typography.Text type="secondary">{i18n.t('history.noChanges')}</Typography.Text>;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      columns={[
        { key: 'field', title: i18n.t('history.field'), render: (_, r) => fieldLabel(i18n, r.field) },
        {
          key: 'from',
          title: i18n.t('history.from'),
          render: (_, r) => formatValue(r.from, i18n, r.field, recordType),
        },
        { key: 'to', title: i18n.t('history.to'), render: (_, r) => formatValue(r.to, i18n, r.field, recordType) },
      ]}
    />
  );
}

/** Who changed what and when on one record, newest first, from the audit trail. */
export function HistoryTimeline({ recordType, recordId }: { recordType: string; recordId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useInfiniteQuery({
    queryKey: ['/audit-events', 'history', recordType, recordId],
    initialPageParam: 1,
    queryFn: ({ pageParam }) =>
      api.get<Page<AuditEvent>>('/audit-events', {
        query: { recordType, recordId, page: pageParam, pageSize: PAGE_SIZE },
      }),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  if (query.isPending) return <Spin aria-label={t('common.loading')} />;
  if (query.isError) return <Alert type="error" showIcon title={problemMessage(query.error, i18n)} />;
  const events = query.data.pages.flatMap((p) => p.items);
  if (!events.length) return <Empty description={t('history.empty')} />;
  return (
    <>
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          content: (
            <div>
              <Typography.Text strong>{actionLabel(i18n, e.action)}</Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {t('history.by', {
                    actor: e.actorName ?? t('history.system'),
                    time: dayjs(e.occurredAt).format('YYYY-MM-DD HH:mm:ss'),
                  })}
                </Typography.Text>
              </div>
              {e.changes && Object.keys(e.changes).length > 0 && (
                <div style={{ marginTop: 8, maxWidth: 720 }}>
                  <ChangesTable changes={e.changes} recordType={recordType} />
                </div>
              )}
            </div>
          ),
        }))}
      />
      {query.hasNextPage && (
        <Button loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('history.loadMore')}
        </Button>
      )}
    </>
  );
}
