import { registerVendorTab } from '../vendor-tabs';
import { OverviewTab } from './OverviewTab';
import { CONTACTS, DUE_DILIGENCE, FINANCIALS, QUALIFICATIONS, REFERENCES, VIOLATIONS } from './record-configs';
import { RecordTab } from './RecordTab';
import { SubcontractorsTab } from './SubcontractorsTab';

/** The vendor module's own tabs; other modules register theirs the same way (history is added by DetailPage). */
registerVendorTab({
  key: 'overview',
  order: 10,
  label: (i18n) => i18n.t('vendor.overview'),
  render: (v) => <OverviewTab vendor={v} />,
});
registerVendorTab({
  key: 'contacts',
  order: 20,
  label: (i18n) => i18n.t('contacts.tab'),
  render: (v) => <RecordTab config={CONTACTS} vendor={v} />,
});
registerVendorTab({
  key: 'qualifications',
  order: 30,
  label: (i18n) => i18n.t('qualifications.tab'),
  render: (v) => <RecordTab config={QUALIFICATIONS} vendor={v} />,
});
registerVendorTab({
  key: 'due-diligence',
  order: 40,
  label: (i18n) => i18n.t('dueDiligence.tab'),
  render: (v) => <RecordTab config={DUE_DILIGENCE} vendor={v} />,
});
registerVendorTab({
  key: 'financials',
  order: 50,
  label: (i18n) => i18n.t('financials.tab'),
  // The server sends `financials` only to those who may see them.
  visible: (v) => v.financials !== undefined && v.permissions.includes('read-financials'),
  render: (v) => <RecordTab config={FINANCIALS} vendor={v} />,
});
registerVendorTab({
  key: 'references',
  order: 60,
  label: (i18n) => i18n.t('references.tab'),
  render: (v) => <RecordTab config={REFERENCES} vendor={v} />,
});
registerVendorTab({
  key: 'subcontractors',
  order: 70,
  label: (i18n) => i18n.t('subcontractors.tab'),
  render: (v) => <SubcontractorsTab vendor={v} />,
});
registerVendorTab({
  key: 'violations',
  order: 80,
  label: (i18n) => i18n.t('violations.tab'),
  render: (v) => <RecordTab config={VIOLATIONS} vendor={v} />,
});
