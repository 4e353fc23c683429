import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import { yesNoOptions, type ListFilter } from '../../components/list/ListFilters';
import { useI18n } from '../../i18n/I18nProvider';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { VENDORS, type Vendor } from './api';
import {
  categoryOptions,
  statusOptions,
  TierTag,
  tierOptions,
  typeOptions,
  vendorLabel,
  VendorStatusTag,
} from './labels';
import { ImportWizard } from './ImportWizard';
import { VendorDrawer } from './VendorDrawer';
import { VendorSummaryCards } from './VendorSummaryCards';
import { useVendorLists } from './vendor-lists';

export function VendorsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Vendor | null>(null);
  useVendorLists();

  const columns: ListColumn<Vendor>[] = [
    { key: 'reference', title: t('vendor.reference'), sortField: 'reference', render: (v) => v.reference },
    {
      key: 'name',
      title: t('vendor.name'),
      sortField: 'name',
      locked: true,
      render: (v) => <Link to={`/vendors/${v.id}`}>{v.name}</Link>,
    },
    { key: 'uscc', title: t('vendor.uscc'), render: (v) => v.uscc },
    { key: 'type', title: t('vendor.type'), render: (v) => vendorLabel(i18n, 'vendor.type', v.type) },
    {
      key: 'categories',
      title: t('vendor.categories'),
      render: (v) => (
        <Space wrap size={4}>
          {v.outsourcingCategories.map((c) => (
            <Tag key={c}>{vendorLabel(i18n, 'vendor.category', c)}</Tag>
          ))}
        </Space>
      ),
    },
    { key: 'tier', title: t('vendor.tier'), render: (v) => <TierTag tier={v.tier} /> },
    { key: 'status', title: t('vendor.status'), render: (v) => <VendorStatusTag status={v.status} /> },
    {
      key: 'englishName',
      title: t('vendor.englishName'),
      defaultHidden: true,
      render: (v) => v.englishName ?? t('common.empty'),
    },
    {
      key: 'updatedAt',
      title: t('common.updatedAt'),
      sortField: 'updatedAt',
      defaultHidden: true,
      render: (v) => dayjs(v.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      sortField: 'createdAt',
      render: (v) => dayjs(v.createdAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      locked: true,
      render: (v) =>
        v.permissions.includes('update') && (
          <Button type="link" size="small" onClick={() => setEditing(v)}>
            {t('common.edit')}
          </Button>
        ),
    },
  ];

  const filters: ListFilter[] = [
    { kind: 'search', name: 'q', label: t('list.search'), placeholder: t('vendor.search') },
    { kind: 'select', name: 'status', label: t('vendor.status'), options: statusOptions(i18n), width: 120 },
    { kind: 'select', name: 'type', label: t('vendor.type'), options: typeOptions(i18n, true) },
    { kind: 'select', name: 'category', label: t('vendor.category'), options: categoryOptions(i18n) },
    { kind: 'select', name: 'tier', label: t('vendor.tier'), options: tierOptions(i18n, true), width: 110 },
    {
      kind: 'custom',
      name: 'departmentId',
      label: t('vendor.department'),
      render: (value, onChange) => (
        <DepartmentSelect
          ariaLabel={t('vendor.department')}
          value={value}
          onChange={onChange}
          width={180}
          placeholder={t('list.any')}
        />
      ),
    },
    {
      kind: 'custom',
      name: 'qualificationExpiringWithinDays',
      label: t('vendor.qualExpiring'),
      render: (value, onChange) => (
        <Select
          aria-label={t('vendor.qualExpiring')}
          allowClear
          placeholder={t('list.any')}
          style={{ width: 120 }}
          value={value}
          onChange={(v?: string) => onChange(v)}
          options={['7', '30', '60', '90', '180'].map((d) => ({
            value: d,
            label: t('vendor.qualExpiringDays', { days: d }),
          }))}
        />
      ),
    },
    {
      kind: 'select',
      name: 'dueDiligenceExpired',
      label: t('vendor.ddExpired'),
      options: yesNoOptions(t),
      width: 90,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <VendorSummaryCards />
      <ListPage<Vendor>
        title={t('vendor.title')}
        endpoint={VENDORS}
        settingsKey="vendors"
        columns={columns}
        filters={filters}
        rowKey={(v) => v.id}
        emptyText={t('vendor.empty')}
        defaultSort="-createdAt"
        actions={
          <Space>
            {can('vendors:import') && (
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
                {t('vendorImport.open')}
              </Button>
            )}
            {can('vendors:write') && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('vendor.new')}
              </Button>
            )}
          </Space>
        }
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} />
      <VendorDrawer
        open={creating || !!editing}
        vendor={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={(v) => {
          const wasCreating = creating;
          setCreating(false);
          setEditing(null);
          if (wasCreating) void navigate(`/vendors/${v.id}`);
        }}
      />
    </Space>
  );
}
