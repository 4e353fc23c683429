// The contract page's ledger tabs (R5.4): imported once for its side effect by the contract page.
import { registerContractTab } from '../contract-tabs';
import { ChecksTab } from './ChecksTab';
import { MilestonesTab } from './MilestonesTab';
import { PaymentsTab } from './PaymentsTab';

registerContractTab({
  key: 'milestones',
  order: 50,
  label: (i18n) => i18n.t('milestones.tab'),
  render: (contract) => <MilestonesTab contract={contract} />,
});
registerContractTab({
  key: 'payments',
  order: 60,
  label: (i18n) => i18n.t('payments.tab'),
  render: (contract) => <PaymentsTab contract={contract} />,
});
registerContractTab({
  key: 'checks',
  order: 70,
  label: (i18n) => i18n.t('checks.tab'),
  render: (contract) => <ChecksTab contract={contract} />,
});
