import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { User } from '../../api/types';
import { useAuth } from '../../app/auth';
import { roleLabel } from '../../components/labels';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { ListFilter } from '../../components/list/ListFilters';
import { ActiveTag, StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { USERS } from './api';
import { useRoleOptions } from './RoleSelect';
import { UserCreateDrawer } from './UserCreateDrawer';
import { UserEditDrawer } from './UserEditDrawer';
import { useUserActions } from './useUserActions';

export function UsersPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const roleOptions = useRoleOptions();
  const actions = useUserActions();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);

  const columns: ListColumn<User>[] = [
    {
      key: 'username',
      title: t('user.username'),
      sortField: 'username',
      locked: true,
      render: (u) => <Link to={`/admin/users/${u.id}`}>{u.username}</Link>,
    },
    { key: 'displayName', title: t('user.displayName'), sortField: 'displayName', render: (u) => u.displayName },
    { key: 'department', title: t('user.department'), render: (u) => u.departmentName ?? t('common.empty') },
    {
      key: 'roles',
      title: t('user.roles'),
      render: (u) => (
        <Space wrap size={4}>
          {u.roles.map((r) => (
            <Tag key={r}>{roleLabel(i18n, r)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'active',
      title: t('user.active'),
      render: (u) => (
        <Space size={4} wrap>
          <ActiveTag active={u.active} />
          {u.mustChangePassword && <StatusTag tone="warning" text={t('user.mustChangePassword')} />}
        </Space>
      ),
    },
    { key: 'email', title: t('user.email'), defaultHidden: true, render: (u) => u.email ?? t('common.empty') },
    { key: 'phone', title: t('user.phone'), defaultHidden: true, render: (u) => u.phone ?? t('common.empty') },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      sortField: 'createdAt',
      render: (u) => dayjs(u.createdAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      locked: true,
      render: (u) => (
        <Space size={0} wrap>
          {u.permissions.includes('update') && (
            <Button type="link" size="small" onClick={() => setEditing(u)}>
              {t('common.edit')}
            </Button>
          )}
          {u.permissions.includes('reset-password') && (
            <Button type="link" size="small" onClick={() => actions.resetPassword(u)}>
              {t('user.resetPassword')}
            </Button>
          )}
          {u.active && u.permissions.includes('deactivate') && (
            <Button type="link" size="small" danger onClick={() => actions.deactivate(u)}>
              {t('common.deactivate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('user.search') },
    {
      kind: 'custom',
      name: 'departmentId',
      label: t('user.department'),
      render: (value, onChange) => (
        <DepartmentSelect
          ariaLabel={t('user.department')}
          value={value}
          onChange={onChange}
          width={200}
          placeholder={t('list.any')}
        />
      ),
    },
    { kind: 'select', name: 'role', label: t('user.roles'), options: roleOptions },
    {
      kind: 'custom',
      name: 'active',
      label: t('user.active'),
      render: (value, onChange) => (
        <Select
          aria-label={t('user.active')}
          allowClear
          placeholder={t('list.any')}
          style={{ width: 120 }}
          value={value}
          onChange={(v?: string) => onChange(v)}
          options={[
            { value: 'true', label: t('common.active') },
            { value: 'false', label: t('common.inactive') },
          ]}
        />
      ),
    },
  ];

  return (
    <>
      <ListPage<User>
        title={t('user.title')}
        endpoint={USERS}
        settingsKey="users"
        columns={columns}
        filters={filters}
        rowKey={(u) => u.id}
        emptyText={t('user.empty')}
        defaultSort="username"
        actions={
          can('users:write') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('user.new')}
            </Button>
          )
        }
      />
      <UserCreateDrawer open={creating} onClose={() => setCreating(false)} onCreated={() => undefined} />
      <UserEditDrawer open={!!editing} user={editing} onClose={() => setEditing(null)} />
    </>
  );
}
