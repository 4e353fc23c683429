import { Button, Card, Space, Table, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { ApprovalStage, ApprovalTaskInStage } from './api';
import { approvalLabel, ApprovalTag, formatTime, localName, TaskMarkers } from './labels';

/** Every stage of an approval in order, with who holds (or held) each task and what they decided. */
export function StagesView({
  stages,
  onReassign,
}: {
  stages: ApprovalStage[];
  /** Given to workflow managers: an open task may be moved to someone else. */
  onReassign?: (task: ApprovalTaskInStage) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {stages.map((stage) => (
        <Card
          key={stage.key}
          size="small"
          role="region"
          aria-label={localName(i18n, stage.name)}
          title={
            <Space wrap>
              <span>{`${stage.index + 1}. ${localName(i18n, stage.name)}`}</span>
              <Typography.Text type="secondary">{approvalLabel(i18n, 'mode', stage.mode)}</Typography.Text>
            </Space>
          }
          extra={<ApprovalTag kind="stageStatus" status={stage.status} />}
        >
          {stage.tasks.length === 0 ? (
            <Typography.Text type="secondary">
              {stage.status === 'skipped' ? t('approval.stageSkipped') : t('approval.stageNoTasks')}
            </Typography.Text>
          ) : (
            <Table<ApprovalTaskInStage>
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={stage.tasks}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'assignee', title: t('task.assignee'), render: (_, task) => task.assignee.displayName },
                {
                  key: 'status',
                  title: t('common.status'),
                  render: (_, task) => (
                    <Space size={4} wrap>
                      <ApprovalTag kind="taskStatus" status={task.status} />
                      <TaskMarkers overdue={task.overdue} exception={task.exception} />
                    </Space>
                  ),
                },
                { key: 'decidedAt', title: t('task.decidedAt'), render: (_, task) => formatTime(task.decidedAt) },
                { key: 'dueAt', title: t('task.dueAt'), render: (_, task) => formatTime(task.dueAt) },
                {
                  key: 'comment',
                  title: t('task.comment'),
                  render: (_, task) => task.comment ?? t('common.empty'),
                },
                ...(onReassign
                  ? [
                      {
                        key: 'actions',
                        title: t('common.actions'),
                        render: (_: unknown, task: ApprovalTaskInStage) =>
                          task.status === 'open' && (
                            <Button
                              size="small"
                              aria-label={`${t('reassign.action')} ${task.assignee.displayName}`}
                              onClick={() => onReassign(task)}
                            >
                              {t('reassign.action')}
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </Card>
      ))}
    </Space>
  );
}
