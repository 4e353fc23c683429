import { Card, Empty } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../i18n/I18nProvider';
import type { PaymentsByMonth } from './api';
import { formatAmount } from './labels';

const COLOURS = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#eb2f96', '#13c2c2'];

/** Payments per month for the list's filter, one bar series per currency. */
export function PaymentsChart({ data }: { data: PaymentsByMonth | undefined }) {
  const { t } = useI18n();
  const currencies = [...new Set((data?.months ?? []).flatMap((m) => m.byCurrency.map((c) => c.currency)))];
  const rows = (data?.months ?? []).map((m) => ({
    month: m.month,
    ...Object.fromEntries(m.byCurrency.map((c) => [c.currency, Number(c.amount)])),
  }));
  return (
    <Card size="small" title={t('ledger.chart')}>
      {currencies.length === 0 ? (
        <Empty description={t('ledger.chartEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <div role="img" aria-label={t('ledger.chart')} style={{ width: '100%', height: 260 }}>
          <ResponsiveContainer>
            <BarChart data={rows}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis width={90} tickFormatter={(v: number) => formatAmount(v.toFixed(0)).replace(/\.00$/, '')} />
              <Tooltip formatter={(v) => formatAmount(Number(v).toFixed(2))} />
              <Legend />
              {currencies.map((c, i) => (
                <Bar key={c} dataKey={c} name={c} fill={COLOURS[i % COLOURS.length]} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}
