import { registerVendorTab } from '../vendors/vendor-tabs';
import { VendorContractsTab } from './core/VendorContractsTab';

/** The vendor page's 合同 tab, for those who may read contracts. */
registerVendorTab({
  key: 'contracts',
  order: 95,
  label: (i18n) => i18n.t('contract.vendorContracts'),
  render: (v) => <VendorContractsTab vendorId={v.id} />,
});
