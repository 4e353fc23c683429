import { CheckOutlined, MinusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import { Alert, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api } from '../../api/client';
import type { RoleInfo } from '../../api/types';
import { permissionLabel, roleLabel } from '../../components/labels';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';

interface Row {
  permission: string;
}

/** Read-only matrix: one row per permission, one column per role. */
export function RolesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const roles = useQuery({ queryKey: ['/roles'], queryFn: () => api.get<RoleInfo[]>('/roles') });
  const data = roles.data ?? [];
  const known = new Set<string>(PERMISSIONS);
  const extra = [...new Set(data.flatMap((r) => r.permissions))].filter((p) => !known.has(p));
  const rows: Row[] = [...PERMISSIONS, ...extra].map((permission) => ({ permission }));

  const columns: ColumnsType<Row> = [
    {
      key: 'permission',
      title: t('role.permission'),
      fixed: 'start',
      width: 200,
      render: (_, row) => (
        <div>
          <div>{permissionLabel(i18n, row.permission)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.permission}
          </Typography.Text>
        </div>
      ),
    },
    ...data.map((role) => ({
      key: role.code,
      title: roleLabel(i18n, role.code),
      align: 'center' as const,
      render: (_: unknown, row: Row) =>
        (role.permissions as string[]).includes(row.permission) ? (
          <span role="img" aria-label={t('role.has')} title={t('role.has')}>
            <CheckOutlined aria-hidden style={{ color: '#389e0d' }} />
          </span>
        ) : (
          <span role="img" aria-label={t('role.hasNot')} title={t('role.hasNot')}>
            <MinusOutlined aria-hidden style={{ color: '#bfbfbf' }} />
          </span>
        ),
    })),
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('role.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('role.matrixCaption')}</Typography.Paragraph>
      {roles.isError && <Alert type="error" showIcon title={problemMessage(roles.error, i18n)} />}
      <Table<Row>
        rowKey="permission"
        columns={columns}
        dataSource={roles.isSuccess ? rows : []}
        loading={roles.isPending}
        pagination={false}
        bordered
        size="small"
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
