import { PlusOutlined } from '@ant-design/icons';
import type { Clause } from '@thirdline/shared/contracts/drafting.schemas';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { LoadError } from '../../../components/LoadError';
import { useI18n } from '../../../i18n/I18nProvider';
import { useClauses } from './api';
import { ClauseDrawer } from './ClauseDrawer';

/** 条款库 (R5.1): the clauses every contract checklist is made from, and when each is mandatory. */
export function ClauseLibraryPage() {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const clauses = useClauses();
  const [editing, setEditing] = useState<{ clause: Clause | null } | null>(null);
  const editable = can('clauses:manage');
  if (clauses.error) return <LoadError error={clauses.error} onRetry={() => void clauses.refetch()} />;

  const rule = (c: Clause) => [
    ...c.mandatory.types.map((type) => <Tag key={type}>{t(`drafting.type.${type}`)}</Tag>),
    ...(c.mandatory.material
      ? [
          <Tag key="m" color="orange">
            {t('drafting.clauses.ifMaterial')}
          </Tag>,
        ]
      : []),
    ...(c.mandatory.criticalFunction
      ? [
          <Tag key="c" color="red">
            {t('drafting.clauses.ifCritical')}
          </Tag>,
        ]
      : []),
  ];
  const columns: ColumnsType<Clause> = [
    { title: t('drafting.clauses.code'), dataIndex: 'code', width: 200 },
    {
      title: t('drafting.checklist.item'),
      key: 'title',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span>{locale === 'en-US' ? c.titleEn : c.titleZh}</span>
          <Typography.Text type="secondary">{locale === 'en-US' ? c.textEn : c.textZh}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('drafting.clauses.category'),
      key: 'category',
      width: 130,
      render: (_, c) => t(`drafting.category.${c.category}`),
    },
    {
      title: t('drafting.clauses.rule'),
      key: 'rule',
      render: (_, c) => (
        <Space wrap size={4}>
          {rule(c)}
        </Space>
      ),
    },
    {
      title: t('drafting.clauses.active'),
      key: 'active',
      width: 80,
      render: (_, c) => (c.active ? t('common.yes') : t('common.no')),
    },
    ...(editable
      ? [
          {
            title: '',
            key: 'edit',
            width: 80,
            render: (_: unknown, c: Clause) => (
              <Button size="small" onClick={() => setEditing({ clause: c })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3}>{t('drafting.clauses.title')}</Typography.Title>
        {editable && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ clause: null })}>
            {t('drafting.clauses.add')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('drafting.clauses.intro')}</Typography.Paragraph>
      {!editable && <Alert type="info" showIcon title={t('drafting.clauses.readOnly')} />}
      <Table<Clause>
        rowKey="id"
        size="small"
        loading={clauses.isLoading}
        columns={columns}
        dataSource={clauses.data}
        pagination={false}
      />
      <ClauseDrawer
        open={!!editing}
        clause={editing?.clause ?? null}
        onClose={() => setEditing(null)}
        onRefresh={() => {
          setEditing(null);
          void clauses.refetch();
        }}
      />
    </Space>
  );
}
