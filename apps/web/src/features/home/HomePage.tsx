import { Card, Col, Row, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { NAV_ENTRIES } from '../../app/nav';
import { useT } from '../../i18n/I18nProvider';

/** Welcome and the things this user can do, one card per permitted area. */
export function HomePage() {
  const t = useT();
  const { me, can } = useAuth();
  const entries = NAV_ENTRIES.filter((e) => !e.allowed || e.allowed(can));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: me?.user.displayName ?? '' })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.profileHint')}</Typography.Paragraph>
      </div>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {entries.length ? t('home.intro') : t('home.nothing')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {entries.map((e) => (
          <Col key={e.path} xs={24} sm={12} lg={8}>
            <Link to={e.path} style={{ display: 'block', height: '100%' }}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 24 }}>{e.icon}</span>}
                  title={t(e.label)}
                  description={e.description ? t(e.description) : null}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
