import { Card, Empty, List, Space, Table, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useVendorActionsOf, useVendorGrades } from './api';
import { GradeTag, VendorActionStatusTag } from './labels';

const GradeTrendChart = lazy(() => import('./GradeTrendChart'));

/** The vendor page's 评价 tab: grade per year (chart and table) and the vendor's rewards and penalties. */
export function VendorPerformanceTab({ vendorId }: { vendorId: string }) {
  const { t } = useI18n();
  const grades = useVendorGrades(vendorId);
  const actions = useVendorActionsOf(vendorId);
  const items = grades.data?.items ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('vendorPerf.trend')} size="small" loading={grades.isPending}>
        {items.length === 0 ? (
          <Empty description={t('vendorPerf.noGrades')} />
        ) : (
          <>
            <Suspense fallback={null}>
              <GradeTrendChart grades={items} scoreLabel={t('re.score')} />
            </Suspense>
            <Table
              size="small"
              rowKey="campaignId"
              pagination={false}
              dataSource={items}
              columns={[
                { key: 'year', title: t('re.year'), render: (_: unknown, g) => g.year },
                {
                  key: 'campaign',
                  title: t('va.campaign'),
                  render: (_: unknown, g) => (
                    <Link to={`/re-evaluation-campaigns/${g.campaignId}`}>{g.campaignName}</Link>
                  ),
                },
                { key: 'score', title: t('re.score'), render: (_: unknown, g) => g.score },
                { key: 'grade', title: t('re.grade'), render: (_: unknown, g) => <GradeTag grade={g.grade} /> },
              ]}
            />
          </>
        )}
      </Card>
      <Card title={t('vendorPerf.actions')} size="small" loading={actions.isPending}>
        <List
          dataSource={actions.data?.items ?? []}
          locale={{ emptyText: t('vendorPerf.noActions') }}
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <Link to={`/vendor-actions/${a.id}`}>{a.reference}</Link>
                <Typography.Text>{t(`va.kind.${a.kind}`)}</Typography.Text>
                <VendorActionStatusTag action={a} />
                <Typography.Text type="secondary">{a.reason}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
