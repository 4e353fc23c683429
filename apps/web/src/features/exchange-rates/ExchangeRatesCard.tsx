import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  rateToCnySchema,
  type ExchangeRate,
  type ForeignCurrency,
} from '@thirdline/shared/exchange-rates/exchange-rates.schemas';
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useAuth } from '../../app/auth';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';

const KEY = ['/exchange-rates'];

interface RateList {
  base: 'CNY';
  items: ExchangeRate[];
}

/**
 * The reference exchange rates to CNY that approval thresholds use for amounts in other currencies. Everyone sees
 * them; administrators (settings:write) set or clear a rate (a cleared currency is refused until a rate is set).
 */
export function ExchangeRatesCard() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const editable = can('settings:write');
  const [drafts, setDrafts] = useState<Partial<Record<ForeignCurrency, string>>>({});
  const rates = useQuery({ queryKey: KEY, queryFn: () => api.get<RateList>('/exchange-rates') });
  const save = useMutation({
    mutationFn: (r: { currency: ForeignCurrency; rateToCny: string | null; version: number }) =>
      api.put<ExchangeRate>(`/exchange-rates/${r.currency}`, { rateToCny: r.rateToCny, version: r.version }),
    onSuccess: (saved) => {
      setDrafts((d) => ({ ...d, [saved.currency]: undefined }));
      void queryClient.invalidateQueries({ queryKey: KEY });
      void message.success(t('common.saved'));
    },
    onError: (e) => {
      void message.error(problemMessage(e, i18n));
      void rates.refetch();
    },
  });

  const invalid = (value: string | undefined) => value !== undefined && !rateToCnySchema.safeParse(value).success;

  const columns: ColumnsType<ExchangeRate> = [
    { key: 'currency', title: t('exchangeRates.currency'), dataIndex: 'currency', width: 100 },
    {
      key: 'rate',
      title: t('exchangeRates.rate'),
      render: (_, r) => {
        if (!editable)
          return r.rateToCny ?? <Typography.Text type="warning">{t('exchangeRates.notSet')}</Typography.Text>;
        const value = drafts[r.currency] ?? r.rateToCny ?? '';
        return (
          <Input
            aria-label={t('exchangeRates.rateOf', { currency: r.currency })}
            value={value}
            status={invalid(drafts[r.currency]) ? 'error' : undefined}
            placeholder={t('exchangeRates.notSet')}
            onChange={(e) => setDrafts((d) => ({ ...d, [r.currency]: e.target.value.trim() }))}
            style={{ width: 160 }}
          />
        );
      },
    },
    {
      key: 'updatedAt',
      title: t('exchangeRates.updatedAt'),
      render: (_, r) => dayjs(r.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, r) => {
        const draft = drafts[r.currency];
        return (
          <Space>
            <Button
              size="small"
              type="primary"
              disabled={draft === undefined || draft === r.rateToCny || invalid(draft)}
              loading={save.isPending && save.variables?.currency === r.currency}
              onClick={() => save.mutate({ currency: r.currency, rateToCny: draft ?? null, version: r.version })}
            >
              {t('common.save')}
            </Button>
            <Popconfirm
              title={t('exchangeRates.clearConfirm', { currency: r.currency })}
              onConfirm={() => save.mutate({ currency: r.currency, rateToCny: null, version: r.version })}
            >
              <Button size="small" danger disabled={r.rateToCny === null}>
                {t('exchangeRates.clear')}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    });
  }

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('exchangeRates.title')}
        </Typography.Title>
      }
      style={{ maxWidth: 720 }}
    >
      <Typography.Paragraph type="secondary">{t('exchangeRates.hint')}</Typography.Paragraph>
      {rates.isError && <Alert type="error" showIcon title={problemMessage(rates.error, i18n)} />}
      <Table<ExchangeRate>
        rowKey="currency"
        size="small"
        pagination={false}
        loading={rates.isPending}
        columns={columns}
        dataSource={rates.data?.items ?? []}
      />
    </Card>
  );
}
