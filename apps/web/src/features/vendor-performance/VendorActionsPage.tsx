import { PlusOutlined } from '@ant-design/icons';
import { VENDOR_ACTION_KINDS } from '@thirdline/shared/vendor-performance/grades';
import { VENDOR_ACTION_STATUSES } from '@thirdline/shared/vendor-performance/vendor-actions.schemas';
import { Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { VENDOR_ACTIONS, type VendorAction } from './api';
import { GradeTag, VendorActionStatusTag } from './labels';
import { VendorActionDrawer } from './VendorActionDrawer';

/** Rewards and penalties (R4.5): every action with its approval status. */
export function VendorActionsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const empty = t('common.empty');

  const columns: ListColumn<VendorAction>[] = [
    {
      key: 'reference',
      title: t('va.reference'),
      sortField: 'reference',
      locked: true,
      render: (a) => <Link to={`/vendor-actions/${a.id}`}>{a.reference}</Link>,
    },
    {
      key: 'vendor',
      title: t('va.vendor'),
      render: (a) => <Link to={`/vendors/${a.vendor.id}`}>{a.vendor.name}</Link>,
    },
    { key: 'kind', title: t('va.kind'), render: (a) => t(`va.kind.${a.kind}`) },
    { key: 'status', title: t('va.status'), render: (a) => <VendorActionStatusTag action={a} /> },
    { key: 'deadline', title: t('va.deadline'), sortField: 'deadline', render: (a) => a.deadline ?? empty },
    { key: 'amount', title: t('va.amount'), render: (a) => (a.amount ? `${a.amount} ${a.currency}` : empty) },
    { key: 'grade', title: t('va.grade'), defaultHidden: true, render: (a) => <GradeTag grade={a.grade} /> },
    { key: 'requestedBy', title: t('va.requestedBy'), render: (a) => a.requestedBy.displayName },
    {
      key: 'createdAt',
      title: t('va.createdAt'),
      sortField: 'createdAt',
      render: (a) => dayjs(a.createdAt).format('YYYY-MM-DD'),
    },
  ];
  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('va.search') },
    {
      kind: 'select',
      name: 'kind',
      label: t('va.kind'),
      options: VENDOR_ACTION_KINDS.map((k) => ({ value: k, label: t(`va.kind.${k}`) })),
      width: 160,
    },
    {
      kind: 'select',
      name: 'status',
      label: t('va.status'),
      options: VENDOR_ACTION_STATUSES.map((s) => ({ value: s, label: t(`va.status.${s}`) })),
      width: 130,
    },
  ];
  return (
    <>
      <ListPage<VendorAction>
        title={t('va.title')}
        endpoint={VENDOR_ACTIONS}
        settingsKey="vendor-actions"
        columns={columns}
        filters={filters}
        rowKey={(a) => a.id}
        emptyText={t('va.empty')}
        defaultSort="-createdAt"
        exportable={false}
        actions={
          can('vendor-actions:write') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('va.new')}
            </Button>
          )
        }
      />
      <VendorActionDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(a) => {
          setCreating(false);
          void navigate(`/vendor-actions/${a.id}`);
        }}
      />
    </>
  );
}
