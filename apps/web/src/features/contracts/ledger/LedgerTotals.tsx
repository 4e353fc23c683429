import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ContractTotals } from './api';
import { formatAmount } from './labels';

/** Amount, paid and unpaid per currency for the list's filter. */
export function LedgerTotals({ totals }: { totals: ContractTotals | undefined }) {
  const { t } = useI18n();
  if (!totals || totals.byCurrency.length === 0) return null;
  return (
    <Card size="small" title={t('ledger.totals')} aria-label={t('ledger.totals')}>
      {totals.byCurrency.map((c) => (
        <Row key={c.currency} gutter={24} align="middle" style={{ marginBottom: 8 }}>
          <Col flex="140px">
            <Typography.Text strong>{c.currency}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t('ledger.totalsCount', { count: c.count })}</Typography.Text>
          </Col>
          <Col flex="1">
            <Statistic title={t('ledger.amount')} value={formatAmount(c.amount)} />
          </Col>
          <Col flex="1">
            <Statistic title={t('ledger.paid')} value={formatAmount(c.paid)} />
          </Col>
          <Col flex="1">
            <Statistic title={t('ledger.unpaid')} value={formatAmount(c.unpaid)} />
          </Col>
        </Row>
      ))}
    </Card>
  );
}
