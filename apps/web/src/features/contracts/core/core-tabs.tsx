import { registerContractTab } from '../contract-tabs';
import { OverviewTab } from './OverviewTab';

/** The contract record's own tab; the history tab is added by DetailPage. */
registerContractTab({
  key: 'overview',
  order: 10,
  label: (i18n) => i18n.t('contract.overview'),
  render: (c) => <OverviewTab contract={c} />,
});
