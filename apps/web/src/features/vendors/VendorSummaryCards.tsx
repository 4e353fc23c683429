import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { VENDOR_STATUSES } from '@thirdline/shared/vendors/vendors.schemas';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useVendorSummary } from './api';
import { TierTag, VendorStatusTag } from './labels';
import { useVendorLists } from './vendor-lists';

/** Dashboard cards above the vendor list: counts by status and tier, qualifications expiring in 60 days. */
export function VendorSummaryCards() {
  const i18n = useI18n();
  const { t } = i18n;
  const summary = useVendorSummary();
  useVendorLists();
  const data = summary.data;
  if (!data) return null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={6}>
        <Card size="small" style={{ height: '100%' }}>
          <Statistic title={t('vendor.summary.total')} value={data.total} />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={7}>
        <Card size="small" title={t('vendor.summary.byStatus')} style={{ height: '100%' }}>
          <Space wrap>
            {VENDOR_STATUSES.map((s) => (
              <Link key={s} to={`/vendors?status=${s}`} aria-label={`${t('vendor.status')} ${s}`}>
                <Space size={4}>
                  <VendorStatusTag status={s} />
                  <Typography.Text strong>{data.byStatus[s]}</Typography.Text>
                </Space>
              </Link>
            ))}
          </Space>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={5}>
        <Card size="small" title={t('vendor.summary.byTier')} style={{ height: '100%' }}>
          <Space wrap>
            {/* The summary has every tier of the list (inactive ones too) and any other tier a vendor holds. */}
            {Object.keys(data.byTier).map((tier) => (
              <Link key={tier} to={`/vendors?tier=${tier}`}>
                <Space size={4}>
                  <TierTag tier={tier} />
                  <Typography.Text strong>{data.byTier[tier]}</Typography.Text>
                </Space>
              </Link>
            ))}
          </Space>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card size="small" style={{ height: '100%' }}>
          <Space size="large" wrap>
            <Link to="/vendors?qualificationExpiringWithinDays=60">
              <Statistic title={t('vendor.summary.qualExpiring')} value={data.qualificationsExpiring} />
            </Link>
            <Link to="/vendors?dueDiligenceExpired=true">
              <Statistic title={t('vendor.summary.ddExpired')} value={data.dueDiligenceExpired} />
            </Link>
          </Space>
        </Card>
      </Col>
    </Row>
  );
}
