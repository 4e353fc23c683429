import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ApiToken } from '../../api/types';
import { permissionLabel } from '../../components/labels';
import { problemMessage } from '../../components/problems';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { useApiTokens, useRevokeApiToken } from './api';
import { CreateTokenDrawer } from './CreateTokenDrawer';

const fmt = (iso: string | null, never: string) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : never);

export function ApiTokensPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { modal, message } = App.useApp();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);

  const status = (token: ApiToken) => {
    if (token.revokedAt) return <StatusTag tone="default" text={t('token.status.revoked')} />;
    if (dayjs(token.expiresAt).isBefore(dayjs())) return <StatusTag tone="warning" text={t('token.status.expired')} />;
    return <StatusTag tone="success" text={t('token.status.active')} />;
  };

  const confirmRevoke = (token: ApiToken) =>
    modal.confirm({
      title: t('token.revoke'),
      content: t('token.revokeConfirm', { name: token.name }),
      okText: t('token.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        revoke.mutateAsync(token.id).then(
          () => void message.success(t('token.revoked')),
          (e: unknown) => void message.error(problemMessage(e, i18n)),
        ),
    });

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('token.title')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('token.new')}
        </Button>
      }
    >
      {tokens.isError && <Alert type="error" showIcon title={problemMessage(tokens.error, i18n)} />}
      <Table<ApiToken>
        rowKey="id"
        loading={tokens.isPending}
        dataSource={tokens.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('token.empty')} /> }}
        columns={[
          { key: 'name', title: t('token.name'), render: (_, k) => k.name },
          { key: 'prefix', title: t('token.prefix'), render: (_, k) => <code>{k.prefix}…</code> },
          { key: 'status', title: t('common.status'), render: (_, k) => status(k) },
          {
            key: 'permissions',
            title: t('token.permissions'),
            render: (_, k) => (
              <Space wrap size={4}>
                {k.permissions.map((p) => (
                  <Tag key={p}>{permissionLabel(i18n, p)}</Tag>
                ))}
              </Space>
            ),
          },
          { key: 'expiresAt', title: t('token.expiresAt'), render: (_, k) => fmt(k.expiresAt, t('token.never')) },
          { key: 'lastUsedAt', title: t('token.lastUsedAt'), render: (_, k) => fmt(k.lastUsedAt, t('token.never')) },
          { key: 'createdAt', title: t('common.createdAt'), render: (_, k) => fmt(k.createdAt, t('token.never')) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, k) =>
              !k.revokedAt && (
                <Button danger size="small" onClick={() => confirmRevoke(k)}>
                  {t('token.revoke')}
                </Button>
              ),
          },
        ]}
      />
      <CreateTokenDrawer open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
