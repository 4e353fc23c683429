import { registerContractTab } from '../contract-tabs';
import { ExitTab } from './ExitTab';
import { RenewalTab } from './RenewalTab';
import { VariationsTab } from './VariationsTab';

/** The exit part's tabs on the contract page (import this file once, e.g. from the contract page). */
const started = (c: { status: string }) => !['draft', 'in-review', 'in-approval'].includes(c.status);

registerContractTab({
  key: 'variations',
  order: 80,
  label: (i18n) => i18n.t('contractExit.tab.variations'),
  visible: started,
  render: (c) => <VariationsTab contract={c} />,
});
registerContractTab({
  key: 'renewal',
  order: 90,
  label: (i18n) => i18n.t('contractExit.tab.renewal'),
  visible: started,
  render: (c) => <RenewalTab contract={c} />,
});
registerContractTab({
  key: 'exit',
  order: 100,
  label: (i18n) => i18n.t('contractExit.tab.exit'),
  visible: started,
  render: (c) => <ExitTab contract={c} />,
});

export { ContractTerminateAction } from './TerminateDialog';
