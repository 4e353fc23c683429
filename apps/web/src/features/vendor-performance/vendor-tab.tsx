import { registerVendorTab } from '../vendors/vendor-tabs';
import { VendorPerformanceTab } from './VendorPerformanceTab';

/** The vendor page's 评价 tab (after violations, 80). */
registerVendorTab({
  key: 'evaluations',
  order: 85,
  label: (i18n) => i18n.t('vendorPerf.tab'),
  render: (v) => <VendorPerformanceTab vendorId={v.id} />,
});
