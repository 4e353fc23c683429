import { CheckOutlined, EditOutlined, KeyOutlined, StopOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { DetailPage, type DetailAction } from '../../components/DetailPage';
import { roleLabel } from '../../components/labels';
import { ActiveTag, StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { useUser } from './api';
import { UserEditDrawer } from './UserEditDrawer';
import { useUserActions } from './useUserActions';

export function UserDetailPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id } = useParams();
  const query = useUser(id);
  const actions = useUserActions();
  const [editing, setEditing] = useState(false);
  const user = query.data;
  const empty = t('common.empty');

  const detailActions: DetailAction[] = user
    ? [
        {
          key: 'edit',
          permission: 'update',
          label: t('common.edit'),
          icon: <EditOutlined aria-hidden />,
          onClick: () => setEditing(true),
          primary: true,
        },
        {
          key: 'reset',
          permission: 'reset-password',
          label: t('user.resetPassword'),
          icon: <KeyOutlined aria-hidden />,
          onClick: () => actions.resetPassword(user),
        },
        ...(user.active
          ? [
              {
                key: 'deactivate',
                permission: 'deactivate',
                label: t('common.deactivate'),
                icon: <StopOutlined aria-hidden />,
                danger: true,
                onClick: () => actions.deactivate(user),
              },
            ]
          : [
              {
                key: 'activate',
                permission: 'update',
                label: t('common.activate'),
                icon: <CheckOutlined aria-hidden />,
                onClick: () => void actions.activate(user),
              },
            ]),
      ]
    : [];

  return (
    <>
      <DetailPage
        backTo="/admin/users"
        loading={query.isPending}
        error={query.error}
        title={user?.displayName}
        subtitle={user?.username}
        status={
          user && (
            <Space size={4}>
              <ActiveTag active={user.active} />
              {user.mustChangePassword && <StatusTag tone="warning" text={t('user.mustChangePassword')} />}
            </Space>
          )
        }
        permissions={user?.permissions}
        actions={detailActions}
        history={user ? { recordType: 'user', recordId: user.id } : undefined}
        tabs={[
          {
            key: 'details',
            label: t('common.details'),
            children: user && (
              <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
                <Descriptions.Item label={t('user.username')}>{user.username}</Descriptions.Item>
                <Descriptions.Item label={t('user.displayName')}>{user.displayName}</Descriptions.Item>
                <Descriptions.Item label={t('user.email')}>{user.email ?? empty}</Descriptions.Item>
                <Descriptions.Item label={t('user.phone')}>{user.phone ?? empty}</Descriptions.Item>
                <Descriptions.Item label={t('user.department')}>{user.departmentName ?? empty}</Descriptions.Item>
                <Descriptions.Item label={t('user.locale')}>
                  {user.locale === 'en-US' ? 'English' : '简体中文'}
                </Descriptions.Item>
                <Descriptions.Item label={t('user.roles')} span={2}>
                  <Space wrap size={4}>
                    {user.roles.map((r) => (
                      <Tag key={r}>{roleLabel(i18n, r)}</Tag>
                    ))}
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t('common.createdAt')}>
                  {dayjs(user.createdAt).format('YYYY-MM-DD HH:mm')}
                </Descriptions.Item>
                <Descriptions.Item label={t('common.updatedAt')}>
                  {dayjs(user.updatedAt).format('YYYY-MM-DD HH:mm')}
                </Descriptions.Item>
              </Descriptions>
            ),
          },
        ]}
      />
      <UserEditDrawer open={editing} user={user ?? null} onClose={() => setEditing(false)} />
    </>
  );
}
