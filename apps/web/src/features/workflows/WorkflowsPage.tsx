import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../components/LoadError';
import { ActiveTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { approvalLabel, formatTime, localName } from '../approvals/labels';
import { useWorkflowDefinitions, type WorkflowDefinition } from './api';
import { DefinitionDrawer } from './DefinitionDrawer';

/** 审批流程: the approval flow definitions; an admin edits one in a drawer. */
export function WorkflowsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useWorkflowDefinitions();
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = query.data?.items.find((d) => d.id === editingId) ?? null;

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('menu.workflows')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('workflow.intro')}</Typography.Paragraph>
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<WorkflowDefinition>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('workflow.empty') }}
        columns={[
          {
            key: 'name',
            title: t('workflow.name'),
            render: (_, d) => (
              <Space orientation="vertical" size={0}>
                <span>{localName(i18n, d.name)}</span>
                <Typography.Text type="secondary">{d.code}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'recordType',
            title: t('approval.recordType'),
            render: (_, d) => approvalLabel(i18n, 'recordType', d.recordType),
          },
          {
            key: 'stages',
            title: t('workflow.stages'),
            render: (_, d) => (
              <Space size={[4, 4]} wrap>
                {d.stages.map((s, i) => (
                  <Tag key={s.key}>{`${i + 1}. ${localName(i18n, s.name)}`}</Tag>
                ))}
              </Space>
            ),
          },
          { key: 'enabled', title: t('common.status'), render: (_, d) => <ActiveTag active={d.enabled} /> },
          { key: 'updatedAt', title: t('common.updatedAt'), render: (_, d) => formatTime(d.updatedAt) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, d) => (
              <Button
                icon={<EditOutlined aria-hidden />}
                aria-label={`${t('common.edit')} ${localName(i18n, d.name)}`}
                onClick={() => setEditingId(d.id)}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <DefinitionDrawer
        definition={editing}
        onClose={() => setEditingId(null)}
        onRefresh={() => void query.refetch()}
      />
    </Card>
  );
}
