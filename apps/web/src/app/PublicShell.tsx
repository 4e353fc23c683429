import { Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from './UserMenu';

/** A centred card on a plain page: sign-in and the forced password change. */
export function PublicShell({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: token.colorBgLayout, padding: 16 }}
    >
      <main style={{ width: '100%', maxWidth: width }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0, color: token.colorPrimary }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
          <LanguageSwitch />
        </Flex>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </main>
    </Flex>
  );
}
