import { PlusOutlined } from '@ant-design/icons';
import {
  SOURCING_RISK_LEVELS,
  SOURCING_STATUSES,
  SOURCING_URGENCIES,
} from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { OUTSOURCING_CATEGORIES } from '@thirdline/shared/vendors/vendors.schemas';
import { Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { SOURCING_REQUESTS, type SourcingRequest } from './api';
import { SourcingRequestDrawer } from './SourcingRequestDrawer';
import { SourcingStatusTag } from './SourcingStatusTag';

/** Sourcing requests (R2.1): every department's needs, filtered by status, category, urgency and risk. */
export function SourcingRequestsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  const columns: ListColumn<SourcingRequest>[] = [
    { key: 'reference', title: t('sourcing.reference'), sortField: 'reference', render: (r) => r.reference },
    {
      key: 'title',
      title: t('sourcing.name'),
      locked: true,
      sortField: 'title',
      render: (r) => <Link to={`/sourcing-requests/${r.id}`}>{r.title}</Link>,
    },
    { key: 'department', title: t('sourcing.department'), render: (r) => r.department.name },
    {
      key: 'budget',
      title: t('sourcing.budget'),
      sortField: 'budgetAmount',
      render: (r) => `${r.budgetCurrency} ${Number(r.budgetAmount).toLocaleString()}`,
    },
    { key: 'category', title: t('sourcing.category'), render: (r) => t(`vendor.category.${r.outsourcingCategory}`) },
    { key: 'urgency', title: t('sourcing.urgency'), render: (r) => t(`sourcing.urgency.${r.urgency}`) },
    {
      key: 'riskLevel',
      title: t('sourcing.riskLevel'),
      defaultHidden: true,
      render: (r) => t(`sourcing.risk.${r.riskLevel}`),
    },
    { key: 'status', title: t('sourcing.status'), render: (r) => <SourcingStatusTag status={r.status} /> },
    { key: 'requester', title: t('sourcing.requester'), render: (r) => r.requester.displayName },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      sortField: 'createdAt',
      render: (r) => dayjs(r.createdAt).format('YYYY-MM-DD'),
    },
  ];

  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('sourcing.search') },
    {
      kind: 'select',
      name: 'status',
      label: t('sourcing.status'),
      options: SOURCING_STATUSES.map((s) => ({ value: s, label: t(`sourcing.status.${s}`) })),
      width: 140,
    },
    {
      kind: 'select',
      name: 'outsourcingCategory',
      label: t('sourcing.category'),
      options: OUTSOURCING_CATEGORIES.map((c) => ({ value: c, label: t(`vendor.category.${c}`) })),
      width: 140,
    },
    {
      kind: 'select',
      name: 'urgency',
      label: t('sourcing.urgency'),
      options: SOURCING_URGENCIES.map((u) => ({ value: u, label: t(`sourcing.urgency.${u}`) })),
      width: 110,
    },
    {
      kind: 'select',
      name: 'riskLevel',
      label: t('sourcing.riskLevel'),
      options: SOURCING_RISK_LEVELS.map((r) => ({ value: r, label: t(`sourcing.risk.${r}`) })),
      width: 120,
    },
  ];

  return (
    <>
      <ListPage<SourcingRequest>
        title={t('sourcing.title')}
        endpoint={SOURCING_REQUESTS}
        settingsKey="sourcing-requests"
        columns={columns}
        filters={filters}
        rowKey={(r) => r.id}
        emptyText={t('sourcing.empty')}
        defaultSort="-createdAt"
        actions={
          can('sourcing:write') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('sourcing.new')}
            </Button>
          )
        }
      />
      <SourcingRequestDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(r) => {
          setCreating(false);
          void navigate(`/sourcing-requests/${r.id}`);
        }}
      />
    </>
  );
}
