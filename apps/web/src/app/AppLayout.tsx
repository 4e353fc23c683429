import { Layout, Menu, Spin, Typography, theme, type MenuProps } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useI18n } from '../i18n/I18nProvider';
import { useAuth } from './auth';
import { ErrorBoundary } from './ErrorBoundary';
import { ADMIN_ENTRIES, HOME_ENTRY, NAV_ENTRIES, WORK_ENTRIES, type NavEntry } from './nav';
import { LanguageSwitch, UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;

function selectedKey(pathname: string): string {
  const match = NAV_ENTRIES.find((e) => pathname === e.path || pathname.startsWith(`${e.path}/`));
  return match?.path ?? (pathname === '/' ? '/' : '');
}

export function PageSpinner() {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin aria-label={t('common.loading')} />
    </div>
  );
}

/** The signed-in frame: sidebar with the entries the user may use, header with language and user menu. */
export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const item = (e: NavEntry) => ({
    key: e.path,
    icon: e.icon,
    label: (
      <Link to={e.path}>
        {t(e.label)}
        {e.badge && <e.badge />}
      </Link>
    ),
  });
  const admin = ADMIN_ENTRIES.filter((e) => !e.allowed || e.allowed(can));
  const work = WORK_ENTRIES.filter((e) => !e.allowed || e.allowed(can));
  const items: MenuProps['items'] = [
    item(HOME_ENTRY),
    ...(work.length ? [{ type: 'group' as const, key: 'work', label: t('menu.work'), children: work.map(item) }] : []),
    ...(admin.length
      ? [{ type: 'group' as const, key: 'admin', label: t('menu.admin'), children: admin.map(item) }]
      : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        width={220}
        style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
      >
        <div style={{ height: 56, display: 'flex', alignItems: 'center', paddingInline: 24 }}>
          <Typography.Text strong style={{ fontSize: 18, color: token.colorPrimary }}>
            {collapsed ? 'T' : t('app.name')}
          </Typography.Text>
        </div>
        <nav aria-label={t('menu.mainNav')}>
          <Menu mode="inline" items={items} selectedKeys={[selectedKey(location.pathname)]} />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            paddingInline: 24,
          }}
        >
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </Header>
        <Content style={{ padding: 24 }} id="main">
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageSpinner />}>{children ?? <Outlet />}</Suspense>
          </ErrorBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
