import { PlusOutlined } from '@ant-design/icons';
import type { ContractTemplate } from '@thirdline/shared/contracts/drafting.schemas';
import { Button, Drawer, Input, List, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { LoadError } from '../../../components/LoadError';
import { useI18n } from '../../../i18n/I18nProvider';
import { useTemplate, useTemplates, useTemplateVersion } from './api';
import { TemplateDrawer } from './TemplateDrawer';

/** One template's versions (newest first) and the text of the chosen one. */
function VersionsDrawer(props: { templateId: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const detail = useTemplate(props.templateId);
  const [version, setVersion] = useState<number | null>(null);
  const shown = useTemplateVersion(props.templateId, version ?? detail.data?.version ?? null);
  return (
    <Drawer open={!!props.templateId} onClose={props.onClose} size={720} title={detail.data?.name}>
      <List
        size="small"
        header={t('drafting.templates.versions')}
        dataSource={detail.data?.versions ?? []}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button key="view" size="small" onClick={() => setVersion(v.version)}>
                {t('drafting.templates.view')}
              </Button>,
            ]}
          >
            <Space>
              <Tag>{t('drafting.templates.versionN', { version: v.version })}</Tag>
              {dayjs(v.createdAt).format('YYYY-MM-DD HH:mm')} {v.createdBy?.displayName} {v.changeNote}
            </Space>
          </List.Item>
        )}
      />
      {shown.data && (
        <>
          <Typography.Title level={5}>
            {t('drafting.templates.versionN', { version: shown.data.version })}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{shown.data.body}</Typography.Paragraph>
        </>
      )}
    </Drawer>
  );
}

/** 合同模板 (R5.8): versioned standard contract texts. */
export function ContractTemplatesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const templates = useTemplates({ page, pageSize: 20, ...(q ? { q } : {}) });
  const [editingId, setEditingId] = useState<string | null | undefined>(undefined);
  const editing = useTemplate(editingId ?? null);
  const [viewing, setViewing] = useState<string | null>(null);
  const editable = can('clauses:manage');
  if (templates.error) return <LoadError error={templates.error} onRetry={() => void templates.refetch()} />;

  const columns: ColumnsType<ContractTemplate> = [
    { title: t('drafting.templates.name'), dataIndex: 'name' },
    { title: t('drafting.templates.type'), key: 'type', width: 160, render: (_, r) => t(`drafting.type.${r.type}`) },
    {
      title: t('drafting.templates.version'),
      key: 'version',
      width: 90,
      render: (_, r) => <Tag>{t('drafting.templates.versionN', { version: r.version })}</Tag>,
    },
    {
      title: t('drafting.templates.active'),
      key: 'active',
      width: 80,
      render: (_, r) => (r.active ? t('common.yes') : t('common.no')),
    },
    {
      title: t('drafting.templates.updatedAt'),
      key: 'updatedAt',
      width: 160,
      render: (_, r) => dayjs(r.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '',
      key: 'actions',
      width: 160,
      render: (_, r) => (
        <Space>
          <Button size="small" onClick={() => setViewing(r.id)}>
            {t('drafting.templates.versions')}
          </Button>
          {editable && (
            <Button size="small" onClick={() => setEditingId(r.id)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3}>{t('drafting.templates.title')}</Typography.Title>
        {editable && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditingId(null)}>
            {t('drafting.templates.add')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('drafting.templates.intro')}</Typography.Paragraph>
      <Input.Search
        allowClear
        aria-label={t('drafting.templates.name')}
        style={{ maxWidth: 320 }}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
      />
      <Table<ContractTemplate>
        rowKey="id"
        size="small"
        loading={templates.isLoading}
        columns={columns}
        dataSource={templates.data?.items}
        pagination={{ current: page, pageSize: 20, total: templates.data?.total ?? 0, onChange: setPage }}
      />
      <TemplateDrawer
        open={editingId === null || (!!editingId && !!editing.data)}
        template={editingId ? (editing.data ?? null) : null}
        onClose={() => setEditingId(undefined)}
        onRefresh={() => void editing.refetch()}
      />
      <VersionsDrawer templateId={viewing} onClose={() => setViewing(null)} />
    </Space>
  );
}
