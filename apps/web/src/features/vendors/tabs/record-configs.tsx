import {
  createContactSchema,
  createDueDiligenceSchema,
  createFinancialSchema,
  createQualificationSchema,
  createReferenceSchema,
  createViolationSchema,
} from '@thirdline/shared/vendors/vendor-records.schemas';
import {
  CURRENCIES,
  DUE_DILIGENCE_CONCLUSIONS,
  DUE_DILIGENCE_KINDS,
  QUALIFICATION_TYPES,
  VIOLATION_SEVERITIES,
} from '@thirdline/shared/vendors/vendors.schemas';
import { Space, Typography } from 'antd';
import { StatusTag } from '../../../components/StatusTag';
import type { Contact, DueDiligence, Financial, Qualification, Reference, Violation } from '../api';
import { QualificationStatusTag } from '../labels';
import type { RecordTabConfig } from './RecordTab';

const currencies: [string, readonly string[]] = ['currency', CURRENCIES];

export const CONTACTS: RecordTabConfig<Contact> = {
  path: 'contacts',
  title: 'contacts.tab',
  schema: createContactSchema,
  fields: [
    { name: 'name', label: 'contacts.name', kind: 'text', required: true, column: true },
    { name: 'title', label: 'contacts.title', kind: 'text', column: true },
    { name: 'phone', label: 'contacts.phone', kind: 'text', column: true },
    { name: 'email', label: 'contacts.email', kind: 'text', column: true },
    { name: 'isPrimary', label: 'contacts.isPrimary', kind: 'bool', column: true },
    { name: 'notes', label: 'contacts.notes', kind: 'textarea' },
  ],
};

export const REFERENCES: RecordTabConfig<Reference> = {
  path: 'references',
  title: 'references.tab',
  schema: createReferenceSchema,
  defaults: { currency: 'CNY' },
  fields: [
    { name: 'client', label: 'references.client', kind: 'text', required: true, column: true },
    { name: 'project', label: 'references.project', kind: 'text', required: true, column: true },
    { name: 'periodFrom', label: 'references.periodFrom', kind: 'date', column: true },
    { name: 'periodTo', label: 'references.periodTo', kind: 'date', column: true },
    { name: 'value', label: 'references.value', kind: 'money', hint: 'vendor.moneyHint', column: true },
    { name: 'currency', label: 'references.currency', kind: 'select', options: currencies, required: true },
    { name: 'contactName', label: 'references.contactName', kind: 'text' },
    { name: 'contactPhone', label: 'references.contactPhone', kind: 'text' },
    { name: 'outcome', label: 'references.outcome', kind: 'textarea', column: true },
  ],
};

export const QUALIFICATIONS: RecordTabConfig<Qualification> = {
  path: 'qualifications',
  title: 'qualifications.tab',
  schema: createQualificationSchema,
  defaults: { mandatory: false },
  fields: [
    {
      name: 'type',
      label: 'qualifications.type',
      kind: 'select',
      options: ['qualType', QUALIFICATION_TYPES],
      required: true,
      column: true,
    },
    { name: 'name', label: 'qualifications.name', kind: 'text', column: true },
    { name: 'number', label: 'qualifications.number', kind: 'text', column: true },
    { name: 'issuer', label: 'qualifications.issuer', kind: 'text' },
    { name: 'validFrom', label: 'qualifications.validFrom', kind: 'date', column: true },
    {
      name: 'validTo',
      label: 'qualifications.validTo',
      kind: 'date',
      hint: 'qualifications.validToHint',
      column: true,
    },
    { name: 'mandatory', label: 'qualifications.mandatory', kind: 'bool', column: true },
    { name: 'notes', label: 'qualifications.notes', kind: 'textarea' },
  ],
  extraColumns: (i18n) => [
    {
      key: 'status',
      title: i18n.t('qualifications.status'),
      render: (_, q) => (
        <Space size={4}>
          <QualificationStatusTag status={q.status} />
          {q.daysLeft !== null && q.status !== 'expired' && (
            <Typography.Text type="secondary">
              {i18n.t('qualifications.daysLeft', { days: q.daysLeft })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ],
};

export const DUE_DILIGENCE: RecordTabConfig<DueDiligence> = {
  path: 'due-diligence',
  title: 'dueDiligence.tab',
  schema: createDueDiligenceSchema,
  fields: [
    {
      name: 'kind',
      label: 'dueDiligence.kind',
      kind: 'select',
      options: ['ddKind', DUE_DILIGENCE_KINDS],
      required: true,
      column: true,
    },
    { name: 'performedOn', label: 'dueDiligence.performedOn', kind: 'date', required: true, column: true },
    { name: 'performedBy', label: 'dueDiligence.performedBy', kind: 'text', column: true },
    {
      name: 'conclusion',
      label: 'dueDiligence.conclusion',
      kind: 'select',
      options: ['ddConclusion', DUE_DILIGENCE_CONCLUSIONS],
      required: true,
      column: true,
    },
    { name: 'findings', label: 'dueDiligence.findings', kind: 'textarea' },
    { name: 'followUpConditions', label: 'dueDiligence.followUpConditions', kind: 'textarea' },
    {
      name: 'validUntil',
      label: 'dueDiligence.validUntil',
      kind: 'date',
      hint: 'dueDiligence.validUntilHint',
      column: true,
    },
  ],
  extraColumns: (i18n) => [
    {
      key: 'current',
      title: i18n.t('dueDiligence.current'),
      render: (_, d) =>
        d.current ? (
          <StatusTag tone="success" text={i18n.t('dueDiligence.isCurrent')} />
        ) : (
          <StatusTag tone="error" text={i18n.t('dueDiligence.lapsed')} />
        ),
    },
  ],
};

export const FINANCIALS: RecordTabConfig<Financial> = {
  path: 'financials',
  title: 'financials.tab',
  schema: createFinancialSchema,
  writePermission: 'write-financials',
  defaults: { currency: 'CNY', audited: false },
  fields: [
    { name: 'year', label: 'financials.year', kind: 'year', required: true, column: true },
    { name: 'currency', label: 'financials.currency', kind: 'select', options: currencies, required: true },
    { name: 'revenue', label: 'financials.revenue', kind: 'money', column: true },
    { name: 'netProfit', label: 'financials.netProfit', kind: 'money', column: true },
    { name: 'totalAssets', label: 'financials.totalAssets', kind: 'money', hint: 'vendor.moneyHint', column: true },
    {
      name: 'totalLiabilities',
      label: 'financials.totalLiabilities',
      kind: 'money',
      hint: 'vendor.moneyHint',
      column: true,
    },
    { name: 'audited', label: 'financials.audited', kind: 'bool', column: true },
    { name: 'notes', label: 'financials.notes', kind: 'textarea' },
  ],
  extraColumns: (i18n) => [
    {
      key: 'debtRatio',
      title: i18n.t('financials.debtRatio'),
      render: (_, f) => (f.debtRatio === null ? i18n.t('common.empty') : `${(Number(f.debtRatio) * 100).toFixed(2)}%`),
    },
  ],
};

export const VIOLATIONS: RecordTabConfig<Violation> = {
  path: 'violations',
  title: 'violations.tab',
  schema: createViolationSchema,
  defaults: { closed: false },
  fields: [
    { name: 'occurredOn', label: 'violations.occurredOn', kind: 'date', required: true, column: true },
    {
      name: 'severity',
      label: 'violations.severity',
      kind: 'select',
      options: ['severity', VIOLATION_SEVERITIES],
      required: true,
      column: true,
    },
    { name: 'description', label: 'violations.description', kind: 'textarea', required: true, column: true },
    { name: 'source', label: 'violations.source', kind: 'text', column: true },
    { name: 'closed', label: 'violations.closed', kind: 'bool', column: true },
  ],
};
