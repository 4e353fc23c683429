import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import { yesNoOptions, type ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { EMERGENCY_ACTIONS, type EmergencyAction } from './api';
import { EmergencyActionDrawer } from './EmergencyActionDrawer';
import { EmergencyStatusTag } from './EmergencyStatusTag';

const STATUSES = ['report-due', 'reported', 'acknowledged'] as const;
const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** Emergency actions (R1.3): reporters see their own, the director every one, overdue ones first to hand. */
export function EmergencyActionsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  const columns: ListColumn<EmergencyAction>[] = [
    { key: 'reference', title: t('emergency.reference'), sortField: 'reference', render: (a) => a.reference },
    {
      key: 'title',
      title: t('emergency.titleField'),
      locked: true,
      render: (a) => <Link to={`/emergency-actions/${a.id}`}>{a.title}</Link>,
    },
    { key: 'actedAt', title: t('emergency.actedAt'), sortField: 'actedAt', render: (a) => when(a.actedAt) },
    {
      key: 'reportDueAt',
      title: t('emergency.reportDueAt'),
      sortField: 'reportDueAt',
      render: (a) => when(a.reportDueAt),
    },
    { key: 'status', title: t('emergency.status'), render: (a) => <EmergencyStatusTag action={a} /> },
    { key: 'reporter', title: t('emergency.reporter'), render: (a) => a.reporter.displayName },
    {
      key: 'vendor',
      title: t('emergency.vendor'),
      defaultHidden: true,
      render: (a) => (a.vendor ? <Link to={`/vendors/${a.vendor.id}`}>{a.vendor.name}</Link> : t('common.empty')),
    },
  ];

  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('emergency.search') },
    {
      kind: 'select',
      name: 'status',
      label: t('emergency.status'),
      options: STATUSES.map((s) => ({ value: s, label: t(`emergency.status.${s}`) })),
      width: 150,
    },
    { kind: 'select', name: 'overdue', label: t('emergency.overdueOnly'), options: yesNoOptions(t), width: 110 },
  ];

  return (
    <>
      <ListPage<EmergencyAction>
        title={t('emergency.title')}
        endpoint={EMERGENCY_ACTIONS}
        settingsKey="emergency-actions"
        columns={columns}
        filters={filters}
        rowKey={(a) => a.id}
        emptyText={t('emergency.empty')}
        defaultSort="-actedAt"
        actions={
          can('emergency:report') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('emergency.new')}
            </Button>
          )
        }
      />
      <EmergencyActionDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(a) => {
          setCreating(false);
          void navigate(`/emergency-actions/${a.id}`);
        }}
      />
    </>
  );
}
