import { PlusOutlined } from '@ant-design/icons';
import { Button, Progress } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { CAMPAIGNS, type Campaign } from './api';
import { CampaignDrawer } from './CampaignDrawer';
import { CampaignStatusTag } from './labels';

/** Re-evaluation campaigns (R4.4): every one for those who run them, the ones they score in for evaluators. */
export function CampaignsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const columns: ListColumn<Campaign>[] = [
    { key: 'reference', title: t('re.reference'), sortField: 'reference', render: (c) => c.reference },
    {
      key: 'name',
      title: t('re.name'),
      locked: true,
      render: (c) => <Link to={`/re-evaluation-campaigns/${c.id}`}>{c.name}</Link>,
    },
    { key: 'year', title: t('re.year'), sortField: 'year', render: (c) => c.year },
    { key: 'status', title: t('re.status'), render: (c) => <CampaignStatusTag campaign={c} /> },
    { key: 'dueDate', title: t('re.dueDate'), sortField: 'dueDate', render: (c) => c.dueDate },
    {
      key: 'progress',
      title: t('re.progress'),
      render: (c) => (
        <Progress
          size="small"
          percent={c.progress.sheetsTotal ? Math.round((100 * c.progress.sheetsSubmitted) / c.progress.sheetsTotal) : 0}
          format={() => t('re.progressOf', { submitted: c.progress.sheetsSubmitted, total: c.progress.sheetsTotal })}
        />
      ),
    },
  ];
  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('re.search') },
    {
      kind: 'select',
      name: 'status',
      label: t('re.status'),
      options: (['open', 'closed'] as const).map((s) => ({ value: s, label: t(`re.status.${s}`) })),
      width: 120,
    },
  ];
  return (
    <>
      <ListPage<Campaign>
        title={t('re.title')}
        endpoint={CAMPAIGNS}
        settingsKey="re-evaluation-campaigns"
        columns={columns}
        filters={filters}
        rowKey={(c) => c.id}
        emptyText={t('re.empty')}
        defaultSort="-createdAt"
        exportable={false}
        actions={
          can('re-evaluations:manage') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('re.new')}
            </Button>
          )
        }
      />
      <CampaignDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          void navigate(`/re-evaluation-campaigns/${c.id}`);
        }}
      />
    </>
  );
}
