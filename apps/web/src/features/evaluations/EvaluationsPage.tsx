import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { EVALUATIONS, type Evaluation } from './api';
import { EvaluationDrawer } from './EvaluationDrawer';
import { EvaluationStatusTag } from './EvaluationStatusTag';

const STATUSES = ['draft', 'scoring', 'closed', 'in-approval', 'approved'] as const;

/** Panel evaluations of candidate vendors (R4.2). */
export function EvaluationsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const columns: ListColumn<Evaluation>[] = [
    { key: 'reference', title: t('evaluations.reference'), sortField: 'reference', render: (e) => e.reference },
    {
      key: 'title',
      title: t('evaluations.titleField'),
      locked: true,
      sortField: 'title',
      render: (e) => <Link to={`/evaluations/${e.id}`}>{e.title}</Link>,
    },
    { key: 'status', title: t('evaluations.status'), render: (e) => <EvaluationStatusTag status={e.status} /> },
    { key: 'vendors', title: t('evaluations.vendors'), render: (e) => e.vendors.map((v) => v.name).join('、') },
    { key: 'chair', title: t('evaluations.chair'), render: (e) => e.chair.displayName },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      sortField: 'createdAt',
      render: (e) => dayjs(e.createdAt).format('YYYY-MM-DD'),
    },
  ];
  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('evaluations.search') },
    {
      kind: 'select',
      name: 'status',
      label: t('evaluations.status'),
      options: STATUSES.map((s) => ({ value: s, label: t(`evaluations.status.${s}`) })),
      width: 160,
    },
  ];
  return (
    <>
      <ListPage<Evaluation>
        title={t('evaluations.title')}
        endpoint={EVALUATIONS}
        settingsKey="evaluations"
        columns={columns}
        filters={filters}
        rowKey={(e) => e.id}
        emptyText={t('evaluations.empty')}
        defaultSort="-createdAt"
        exportable={false}
        actions={
          can('evaluations:manage') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('evaluations.new')}
            </Button>
          )
        }
      />
      {creating && (
        <EvaluationDrawer
          open
          onClose={() => setCreating(false)}
          onSaved={(e) => {
            setCreating(false);
            void navigate(`/evaluations/${e.id}`);
          }}
        />
      )}
    </>
  );
}
