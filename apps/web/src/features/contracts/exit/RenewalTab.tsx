import {
  createRenewalDecisionSchema,
  RENEWAL_DECISIONS,
  type RenewalDecision,
} from '@thirdline/shared/contracts/contract-exit.schemas';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { zodRule } from '../../../components/forms';
import { LoadError } from '../../../components/LoadError';
import { useI18n, type I18n } from '../../../i18n/I18nProvider';
import { useDecideRenewal, useRenewal, type RenewalOverview } from './api';
import { formatAmount } from '../labels';
import { exitActions, isoDay } from './exit-actions';
import { FormDialog } from './FormDialog';

type Decision = (typeof RENEWAL_DECISIONS)[number];
const STATUS_COLOR = { 'in-approval': 'processing', approved: 'success', rejected: 'error' } as const;

function daysText(days: number, { t }: I18n) {
  return days >= 0
    ? t('contractExit.renewal.daysLeft', { days })
    : t('contractExit.renewal.daysPassed', { days: -days });
}

interface DecisionValues {
  decision: Decision;
  reason: string;
  newEndDate?: Dayjs | null;
  newAmount?: string;
}

const newAmountRule = createRenewalDecisionSchema.shape.newAmount;

/** The decision; "renew" asks for the renewed term's end date (after the current one) and optionally a new amount. */
function RenewalDialog(props: { contract: Contract; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const decide = useDecideRenewal(props.contract.id);
  const { endDate, amount, currency } = props.contract;
  return (
    <FormDialog<DecisionValues>
      open={props.open}
      title={t('contractExit.renewal.decide')}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const renew = v.decision === 'renew';
        await decide.mutateAsync({
          decision: v.decision,
          reason: v.reason.trim(),
          ...(renew ? { newEndDate: isoDay(v.newEndDate), newAmount: v.newAmount?.trim() || null } : {}),
        });
        void message.success(t('contractExit.renewal.created'));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="decision"
            label={t('contractExit.renewal.decision')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <Select
              options={RENEWAL_DECISIONS.map((d) => ({ value: d, label: t(`contractExit.renewal.decision.${d}`) }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['decision']}>
            {({ getFieldValue }) =>
              getFieldValue('decision') === 'renew' && (
                <>
                  <Form.Item
                    name="newEndDate"
                    label={t('contractExit.renewal.newEndDate')}
                    rules={[{ required: true, message: t('zod.required') }]}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      disabledDate={(d) => !d.isAfter(dayjs(endDate), 'day')}
                      defaultPickerValue={dayjs(endDate).add(1, 'year')}
                    />
                  </Form.Item>
                  <Form.Item
                    name="newAmount"
                    label={`${t('contractExit.renewal.newAmount')}（${currency}）`}
                    extra={t('contractExit.renewal.newAmountHint')}
                    rules={[zodRule(newAmountRule, i18n)]}
                  >
                    <Input placeholder={amount} inputMode="decimal" />
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('contractExit.renewal.reason')}
            rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

/** A renewal's term: proposed new end date and amount, or once approved the terms before → after. */
function RenewedTerms({ row, currency }: { row: RenewalDecision; currency: string }) {
  const i18n = useI18n();
  const money = (a: string) => formatAmount(a, currency);
  if (row.before && row.after) {
    const { before, after } = row;
    return (
      <span data-testid="renewal-terms">
        {i18n.t('contractExit.renewal.termsApplied')}
        {before.endDate} → {after.endDate}
        {before.amount !== after.amount && `；${money(before.amount)} → ${money(after.amount)}`}
      </span>
    );
  }
  if (!row.newEndDate) return null;
  return (
    <span data-testid="renewal-terms">
      → {row.newEndDate}
      {row.newAmount && `；${money(row.newAmount)}`}
    </span>
  );
}

/** The renewal tab: end date and notice deadline with days left, the auto-renewal warning, and the decisions. */
export function RenewalTab({ contract }: { contract: Contract }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const query = useRenewal(contract.id);
  const [deciding, setDeciding] = useState(false);
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const r: RenewalOverview | undefined = query.data;
  if (!r) return null;
  const mayDecide = r.permissions.includes('decide') || exitActions(contract, can).decideRenewal;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {r.autoRenewal && r.daysToNoticeDeadline >= 0 && (
        <Alert type="warning" showIcon title={t('contractExit.renewal.autoWarning', { date: r.noticeDeadline })} />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('contractExit.renewal.endDate')}>
          {r.endDate}（{daysText(r.daysToEnd, i18n)}）
        </Descriptions.Item>
        <Descriptions.Item label={t('contractExit.renewal.noticeDeadline')}>
          {r.noticeDeadline}（{daysText(r.daysToNoticeDeadline, i18n)}）
        </Descriptions.Item>
        <Descriptions.Item label={t('contractExit.renewal.autoRenewal')}>
          {r.autoRenewal ? t('common.yes') : t('common.no')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t('contractExit.renewal.reminderHint')}</Typography.Text>
      {mayDecide && (
        <Button type="primary" style={{ alignSelf: 'flex-start' }} onClick={() => setDeciding(true)}>
          {t('contractExit.renewal.decide')}
        </Button>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.items}
        locale={{ emptyText: t('contractExit.renewal.empty') }}
        columns={[
          {
            title: t('contractExit.renewal.decision'),
            dataIndex: 'decision',
            render: (d: Decision) => t(`contractExit.renewal.decision.${d}`),
          },
          { title: t('contractExit.renewal.reason'), dataIndex: 'reason' },
          { title: t('contractExit.renewal.endDate'), dataIndex: 'endDate' },
          {
            title: t('contractExit.renewal.terms'),
            render: (_: unknown, row) => <RenewedTerms row={row} currency={contract.currency} />,
          },
          {
            title: t('contractExit.status'),
            dataIndex: 'status',
            render: (s: keyof typeof STATUS_COLOR) => (
              <Tag color={STATUS_COLOR[s]}>{t(`contractExit.renewal.status.${s}`)}</Tag>
            ),
          },
          {
            title: t('contractExit.requestedBy'),
            render: (_: unknown, row) => (
              <>
                {row.requestedBy?.displayName} · {dayjs(row.createdAt).format('YYYY-MM-DD')}
              </>
            ),
          },
          {
            title: '',
            render: (_: unknown, row) =>
              row.approvalId && <Link to={`/approvals/${row.approvalId}`}>{t('contractExit.viewApproval')}</Link>,
          },
        ]}
      />
      <RenewalDialog contract={contract} open={deciding} onClose={() => setDeciding(false)} />
    </Space>
  );
}
