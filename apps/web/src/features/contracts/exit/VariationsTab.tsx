import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { LoadError } from '../../../components/LoadError';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatAmount } from '../labels';
import { useVariations, type Variation } from './api';
import { exitActions } from './exit-actions';
import { OpinionDialog } from './OpinionDialog';
import { VariationDialog } from './VariationDialog';

const STATUS_COLOR: Record<Variation['status'], string> = {
  'in-review': 'processing',
  'in-approval': 'processing',
  approved: 'success',
  rejected: 'error',
};
const TERMS = ['amount', 'startDate', 'endDate', 'noticePeriodDays'] as const;

/** Before/after of each term the variation touches (proposed values until it is approved). */
function TermsTable({ v, currency }: { v: Variation; currency: string }) {
  const { t } = useI18n();
  const show = (k: (typeof TERMS)[number], value: string | number | null) =>
    k === 'amount' && value !== null ? formatAmount(String(value), currency) : String(value);
  const proposed = {
    amount: v.newAmount,
    startDate: v.newStartDate,
    endDate: v.newEndDate,
    noticePeriodDays: v.newNoticePeriodDays,
  };
  const rows = TERMS.filter((k) => proposed[k] !== null || (v.after && v.after[k] !== v.before[k])).map((k) => ({
    key: k,
    term: t(`contractExit.terms.${k}`),
    before: show(k, v.before[k]),
    after: show(k, v.after ? v.after[k] : proposed[k]),
  }));
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: '', dataIndex: 'term' },
        { title: t('contractExit.variation.before'), dataIndex: 'before' },
        {
          title: v.after ? t('contractExit.variation.after') : t('contractExit.variation.proposed'),
          dataIndex: 'after',
          render: (x: string) => <strong>{x}</strong>,
        },
      ]}
    />
  );
}

/** The variations tab: requests with their opinions and approval, and the supplementary agreements they made. */
export function VariationsTab({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const query = useVariations(contract.id);
  const [requesting, setRequesting] = useState(false);
  const [opinion, setOpinion] = useState<{ v: Variation; kind: 'legal' | 'finance' } | null>(null);
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.items ?? [];
  const actions = exitActions(contract, can);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {actions.requestVariation && (
        <Button type="primary" onClick={() => setRequesting(true)}>
          {t('contractExit.variation.request')}
        </Button>
      )}
      {!query.isPending && items.length === 0 && <Empty description={t('contractExit.variations.empty')} />}
      {[...items].reverse().map((v) => (
        <Card
          key={v.id}
          size="small"
          title={
            <Space>
              {t('contractExit.variation.number', { number: v.number })}
              <Tag color={STATUS_COLOR[v.status]}>{t(`contractExit.variation.status.${v.status}`)}</Tag>
              {v.supplementReference && (
                <Tag color="blue">
                  {t('contractExit.variation.supplement')} {v.supplementReference}
                </Tag>
              )}
            </Space>
          }
          extra={
            <Space>
              {(['legal', 'finance'] as const)
                .filter((kind) => v.permissions.includes(`opinion-${kind}`))
                .map((kind) => (
                  <Button key={kind} size="small" onClick={() => setOpinion({ v, kind })}>
                    {t('contractExit.variation.giveOpinion', { kind: t(`contractExit.opinion.kind.${kind}`) })}
                  </Button>
                ))}
              {v.approvalId && <Link to={`/approvals/${v.approvalId}`}>{t('contractExit.viewApproval')}</Link>}
            </Space>
          }
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('contractExit.variation.reason')}>{v.reason}</Descriptions.Item>
            <Descriptions.Item label={t('contractExit.variation.content')}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{v.content}</Typography.Text>
            </Descriptions.Item>
            {v.impact && <Descriptions.Item label={t('contractExit.variation.impact')}>{v.impact}</Descriptions.Item>}
            {v.opinions.length > 0 && (
              <Descriptions.Item label={t('contractExit.variation.opinions')}>
                <Space orientation="vertical" size={0}>
                  {v.opinions.map((o) => (
                    <span key={o.kind}>
                      {t(`contractExit.opinion.kind.${o.kind}`)} · {o.by.displayName}：
                      {t(`contractExit.opinion.${o.opinion}`)}
                      {o.comments ? ` — ${o.comments}` : ''}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          <TermsTable v={v} currency={contract.currency} />
        </Card>
      ))}
      <VariationDialog contract={contract} open={requesting} onClose={() => setRequesting(false)} />
      <OpinionDialog
        contractId={contract.id}
        variation={opinion?.v ?? null}
        kind={opinion?.kind ?? 'legal'}
        onClose={() => setOpinion(null)}
      />
    </Space>
  );
}
