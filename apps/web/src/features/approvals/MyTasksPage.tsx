import { Space, Switch, Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import { useI18n } from '../../i18n/I18nProvider';
import { TASKS, type ApprovalTask } from './api';
import { ApprovalTag, formatTime, localName, recordTypeOptions, subjectColumns, TaskMarkers } from './labels';

/** 我的待办: the caller's open approval tasks (filter by record type, overdue), and a tab with the ones done. */
export function MyTasksPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  // The two tabs are two addresses, so the filters of one never leak into the other.
  const done = useLocation().pathname.endsWith('/done');
  const switchTab = (key: string) => void navigate(key === 'done' ? '/tasks/done' : '/tasks');

  const columns: ListColumn<ApprovalTask>[] = [
    ...subjectColumns<ApprovalTask>(i18n, (task) => task.approvalId),
    { key: 'stage', title: t('approval.stage'), render: (task) => localName(i18n, task.stageName) },
    { key: 'submitter', title: t('approval.submitter'), render: (task) => task.submitter.displayName },
    { key: 'createdAt', title: t('task.receivedAt'), render: (task) => formatTime(task.createdAt) },
    {
      key: 'dueAt',
      title: t('task.dueAt'),
      render: (task) => (
        <Space size={4}>
          <span>{formatTime(task.dueAt)}</span>
          <TaskMarkers overdue={task.overdue && !done} exception={task.exception} />
        </Space>
      ),
    },
    ...(done
      ? [
          {
            key: 'status',
            title: t('common.status'),
            render: (task: ApprovalTask) => <ApprovalTag kind="taskStatus" status={task.status} />,
          },
          { key: 'decidedAt', title: t('task.decidedAt'), render: (task: ApprovalTask) => formatTime(task.decidedAt) },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Tabs
        activeKey={done ? 'done' : 'open'}
        onChange={switchTab}
        items={[
          { key: 'open', label: t('task.tabOpen') },
          { key: 'done', label: t('task.tabDone') },
        ]}
      />
      <ListPage<ApprovalTask>
        key={done ? 'done' : 'open'}
        title={t('menu.myTasks')}
        endpoint={TASKS}
        settingsKey={done ? 'approval-tasks-done' : 'approval-tasks'}
        rowKey={(task) => task.id}
        columns={columns}
        exportable={false}
        baseQuery={{ status: done ? 'done' : 'open' }}
        emptyText={done ? t('task.emptyDone') : t('task.empty')}
        filters={[
          { kind: 'select', name: 'recordType', label: t('approval.recordType'), options: recordTypeOptions(i18n) },
          ...(done
            ? []
            : [
                {
                  kind: 'custom' as const,
                  name: 'overdue',
                  label: t('task.overdueOnly'),
                  render: (value: string | undefined, onChange: (value: string | undefined) => void) => (
                    <Switch
                      aria-label={t('task.overdueOnly')}
                      checked={value === 'true'}
                      onChange={(on) => onChange(on ? 'true' : undefined)}
                    />
                  ),
                },
              ]),
        ]}
      />
    </Space>
  );
}
