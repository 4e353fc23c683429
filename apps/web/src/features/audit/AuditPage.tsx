import { Input, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditEvent } from '../../api/types';
import { actionLabel, ChangesTable } from '../../components/HistoryTimeline';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { UserSelect } from '../users/UserSelect';

const RECORD_TYPES = ['user', 'department', 'org-settings', 'api-token', 'file'];

/** Audit search for admins and auditors: record type and id, actor, action, time range; export. */
export function AuditPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const columns: ListColumn<AuditEvent>[] = [
    { key: 'seq', title: t('audit.seq'), render: (e) => e.seq, defaultHidden: true },
    {
      key: 'occurredAt',
      title: t('audit.occurredAt'),
      locked: true,
      render: (e) => dayjs(e.occurredAt).format('YYYY-MM-DD HH:mm:ss'),
    },
    { key: 'actor', title: t('audit.actor'), render: (e) => e.actorName ?? t('history.system') },
    { key: 'action', title: t('audit.action'), render: (e) => actionLabel(i18n, e.action) },
    {
      key: 'recordType',
      title: t('audit.recordType'),
      render: (e) => i18n.tx(`recordType.${e.recordType}`, e.recordType),
    },
    {
      key: 'recordId',
      title: t('audit.recordId'),
      render: (e) => (
        <Typography.Text copyable={{ text: e.recordId }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {e.recordId.slice(0, 8)}…
        </Typography.Text>
      ),
    },
    {
      key: 'changes',
      title: t('audit.changes'),
      render: (e) =>
        e.changes && Object.keys(e.changes).length ? (
          <ChangesTable changes={e.changes} recordType={e.recordType} />
        ) : (
          t('common.empty')
        ),
    },
    { key: 'ip', title: t('audit.ip'), defaultHidden: true, render: (e) => e.ip ?? t('common.empty') },
  ];
  const filters: ListFilter[] = [
    {
      kind: 'select',
      name: 'recordType',
      label: t('audit.recordType'),
      options: RECORD_TYPES.map((r) => ({ value: r, label: i18n.tx(`recordType.${r}`, r) })),
    },
    {
      kind: 'custom',
      name: 'recordId',
      label: t('audit.recordId'),
      render: (value, onChange) => (
        <Input.Search
          key={value ?? ''}
          defaultValue={value}
          aria-label={t('audit.recordId')}
          allowClear
          style={{ width: 300 }}
          onSearch={(v) => onChange(v.trim() || undefined)}
        />
      ),
    },
    {
      kind: 'custom',
      name: 'actorId',
      label: t('audit.actor'),
      render: (value, onChange) => (
        <UserSelect ariaLabel={t('audit.actor')} value={value} onChange={onChange} width={200} />
      ),
    },
    {
      kind: 'custom',
      name: 'action',
      label: t('audit.action'),
      render: (value, onChange) => (
        <Input.Search
          key={value ?? ''}
          defaultValue={value}
          aria-label={t('audit.action')}
          placeholder="user.update"
          allowClear
          style={{ width: 200 }}
          onSearch={(v) => onChange(v.trim() || undefined)}
        />
      ),
    },
    { kind: 'dateRange', from: 'from', to: 'to', label: t('list.dateRange') },
  ];
  return (
    <ListPage<AuditEvent>
      title={t('audit.title')}
      endpoint="/audit-events"
      settingsKey="audit"
      columns={columns}
      filters={filters}
      rowKey={(e) => e.id}
      emptyText={t('audit.empty')}
    />
  );
}
