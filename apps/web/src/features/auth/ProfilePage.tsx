import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Department } from '../../api/types';
import { useAuth } from '../../app/auth';
import { LanguageSwitch } from '../../app/UserMenu';
import { permissionLabel, roleLabel } from '../../components/labels';
import { useI18n } from '../../i18n/I18nProvider';

export function ProfilePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const departmentId = me?.user.departmentId ?? null;
  const department = useQuery({
    queryKey: ['/departments', departmentId],
    queryFn: () => api.get<Department>(`/departments/${departmentId}`),
    enabled: !!departmentId && can('departments:read'),
  });
  if (!me) return null;
  return (
    <Card
      title={t('profile.title')}
      extra={<Button onClick={() => void navigate('/change-password')}>{t('user.changePassword')}</Button>}
    >
      <Descriptions column={1} bordered size="middle">
        <Descriptions.Item label={t('profile.username')}>{me.user.username}</Descriptions.Item>
        <Descriptions.Item label={t('profile.displayName')}>{me.user.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('profile.department')}>
          {department.data?.name ?? (departmentId ? t('common.loading') : t('common.empty'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.roles')}>
          <Space wrap>
            {me.roles.map((r) => (
              <Tag key={r}>{roleLabel(i18n, r)}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.locale')}>
          <LanguageSwitch />
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.permissions')}>
          <Space wrap>
            {me.permissions.map((p) => (
              <Tag key={p}>{permissionLabel(i18n, p)}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
