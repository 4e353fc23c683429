import { useAuth } from '../../app/auth';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { APPROVALS, type ApprovalSummary } from './api';
import { approvalStatusOptions, ApprovalTag, formatTime, localName, subjectColumns } from './labels';
import { CAN_MANAGE_WORKFLOWS } from './permissions';

/** 我的申请: approvals the caller submitted, by status; workflow managers may switch to every approval. */
export function MyRequestsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();

  const columns: ListColumn<ApprovalSummary>[] = [
    ...subjectColumns<ApprovalSummary>(i18n, (a) => a.id),
    { key: 'status', title: t('common.status'), render: (a) => <ApprovalTag kind="status" status={a.status} /> },
    {
      key: 'stage',
      title: t('approval.currentStage'),
      render: (a) => (a.currentStageName ? localName(i18n, a.currentStageName) : t('common.empty')),
    },
    { key: 'submitter', title: t('approval.submitter'), render: (a) => a.submitter.displayName, defaultHidden: true },
    { key: 'createdAt', title: t('approval.submittedAt'), render: (a) => formatTime(a.createdAt) },
    { key: 'decidedAt', title: t('approval.decidedAt'), render: (a) => formatTime(a.decidedAt) },
  ];

  const filters: ListFilter[] = [
    { kind: 'select', name: 'status', label: t('common.status'), options: approvalStatusOptions(i18n) },
  ];
  if (CAN_MANAGE_WORKFLOWS(can)) {
    filters.unshift({
      kind: 'select',
      name: 'scope',
      label: t('request.scope'),
      options: [
        { value: 'mine', label: t('request.scope.mine') },
        { value: 'all', label: t('request.scope.all') },
      ],
    });
  }

  return (
    <ListPage<ApprovalSummary>
      title={t('menu.myRequests')}
      endpoint={APPROVALS}
      settingsKey="approvals"
      rowKey={(a) => a.id}
      columns={columns}
      filters={filters}
      exportable={false}
      baseQuery={{ scope: 'mine' }}
      emptyText={t('request.empty')}
    />
  );
}
