import { Input, Select, Space } from 'antd';
import { Link } from 'react-router';
import { ListPage, type ListColumn } from '../../../components/list/ListPage';
import { yesNoOptions, type ListFilter } from '../../../components/list/ListFilters';
import { useListParams } from '../../../components/list/useListParams';
import { StatusTag } from '../../../components/StatusTag';
import { useI18n } from '../../../i18n/I18nProvider';
import { DepartmentSelect } from '../../departments/DepartmentSelect';
import { categoryOptions, vendorLabel } from '../../vendors/labels';
import { VendorPicker } from '../../vendors/VendorPicker';
import { CONTRACTS, useLedgerPage, usePaymentsByMonth, type ContractLedgerItem } from './api';
import { contractStatusLabel, contractTypeLabel, formatAmount, statusOptions, typeOptions } from './labels';
import { LedgerTotals } from './LedgerTotals';
import { PaymentsChart } from './PaymentsChart';

const DEFAULT_SORT = '-createdAt';

/** The contract ledger (合同台账, R5.4): every contract with paid/unpaid, totals per currency, export and chart. */
export function ContractsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const params = useListParams({ sort: DEFAULT_SORT });
  const page = useLedgerPage(params.queryParams);
  const byMonth = usePaymentsByMonth(params.filterParams);

  const columns: ListColumn<ContractLedgerItem>[] = [
    { key: 'reference', title: t('ledger.reference'), sortField: 'reference', render: (c) => c.reference },
    {
      key: 'title',
      title: t('ledger.titleField'),
      sortField: 'title',
      locked: true,
      render: (c) => <Link to={`/contracts/${c.id}`}>{c.title}</Link>,
    },
    {
      key: 'vendor',
      title: t('ledger.vendor'),
      render: (c) => <Link to={`/vendors/${c.vendorId}`}>{c.vendor.name}</Link>,
    },
    { key: 'type', title: t('ledger.type'), render: (c) => contractTypeLabel(i18n, c.type) },
    {
      key: 'category',
      title: t('ledger.category'),
      defaultHidden: true,
      render: (c) =>
        c.outsourcingCategory ? vendorLabel(i18n, 'vendor.category', c.outsourcingCategory) : t('common.empty'),
    },
    { key: 'department', title: t('ledger.department'), render: (c) => c.department.name },
    {
      key: 'amount',
      title: t('ledger.amount'),
      sortField: 'amount',
      render: (c) => formatAmount(c.amount, c.currency),
    },
    { key: 'paid', title: t('ledger.paid'), sortField: 'paid', render: (c) => formatAmount(c.paid) },
    { key: 'unpaid', title: t('ledger.unpaid'), render: (c) => formatAmount(c.unpaid) },
    {
      key: 'startDate',
      title: t('ledger.startDate'),
      sortField: 'startDate',
      defaultHidden: true,
      render: (c) => c.startDate,
    },
    { key: 'endDate', title: t('ledger.endDate'), sortField: 'endDate', render: (c) => c.endDate },
    {
      key: 'status',
      title: t('ledger.status'),
      sortField: 'status',
      render: (c) => (
        <Space size={4}>
          <StatusTag tone={c.status === 'active' ? 'success' : 'default'} text={contractStatusLabel(i18n, c.status)} />
          {c.material && <StatusTag tone="warning" text={t('ledger.material')} />}
        </Space>
      ),
    },
  ];

  const amountInput = (name: 'amountMin' | 'amountMax'): ListFilter => ({
    kind: 'custom',
    name,
    label: t(name === 'amountMin' ? 'ledger.amountMin' : 'ledger.amountMax'),
    render: (value, onChange) => (
      <Input
        key={value ?? ''}
        aria-label={t(name === 'amountMin' ? 'ledger.amountMin' : 'ledger.amountMax')}
        defaultValue={value}
        inputMode="decimal"
        style={{ width: 120 }}
        allowClear
        onBlur={(e) =>
          onChange(/^\d{1,16}(\.\d{1,2})?$/.test(e.target.value.trim()) ? e.target.value.trim() : undefined)
        }
        onPressEnter={(e) => e.currentTarget.blur()}
      />
    ),
  });

  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('ledger.search') },
    { kind: 'select', name: 'status', label: t('ledger.status'), options: statusOptions(i18n), width: 120 },
    {
      kind: 'custom',
      name: 'vendorId',
      label: t('ledger.vendor'),
      render: (value, onChange) => (
        <div style={{ width: 220 }}>
          <VendorPicker ariaLabel={t('ledger.vendor')} value={value} onChange={onChange} />
        </div>
      ),
    },
    {
      kind: 'custom',
      name: 'departmentId',
      label: t('ledger.department'),
      render: (value, onChange) => (
        <DepartmentSelect
          ariaLabel={t('ledger.department')}
          value={value}
          onChange={onChange}
          width={180}
          placeholder={t('list.any')}
        />
      ),
    },
    { kind: 'select', name: 'type', label: t('ledger.type'), options: typeOptions(i18n), width: 150 },
    { kind: 'select', name: 'outsourcingCategory', label: t('ledger.category'), options: categoryOptions(i18n) },
    {
      kind: 'custom',
      name: 'expiringWithinDays',
      label: t('ledger.expiring'),
      render: (value, onChange) => (
        <Select
          aria-label={t('ledger.expiring')}
          allowClear
          placeholder={t('list.any')}
          style={{ width: 120 }}
          value={value}
          onChange={(v?: string) => onChange(v)}
          options={['30', '60', '90', '180'].map((d) => ({ value: d, label: t('ledger.expiringDays', { days: d }) }))}
        />
      ),
    },
    amountInput('amountMin'),
    amountInput('amountMax'),
    { kind: 'select', name: 'material', label: t('ledger.material'), options: yesNoOptions(t), width: 90 },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ListPage<ContractLedgerItem>
        title={t('ledger.title')}
        endpoint={CONTRACTS}
        settingsKey="contracts"
        columns={columns}
        filters={filters}
        rowKey={(c) => c.id}
        emptyText={t('ledger.empty')}
        defaultSort={DEFAULT_SORT}
      />
      <LedgerTotals totals={page.data} />
      <PaymentsChart data={byMonth.data} />
    </Space>
  );
}
