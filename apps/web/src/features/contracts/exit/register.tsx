import { DeleteOutlined } from '@ant-design/icons';
import { registerContractAction } from '../contract-actions';
import { registerContractTab } from '../contract-tabs';
import { DeleteContractDialog } from './DeleteContractDialog';
import { ExitTab } from './ExitTab';
import { RenewalTab } from './RenewalTab';
import { TerminateDialog } from './TerminateDialog';
import { VariationsTab } from './VariationsTab';

/** The exit part's tabs and header action on the contract page (loaded through ../tabs.ts). */
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
registerContractAction({
  key: 'terminate',
  order: 90,
  permission: 'terminate',
  danger: true,
  label: (i18n) => i18n.t('contractExit.terminate'),
  dialog: (contract, onClose) => <TerminateDialog contract={contract} open onClose={onClose} />,
});
registerContractAction({
  key: 'delete',
  order: 200,
  permission: 'delete',
  danger: true,
  icon: <DeleteOutlined aria-hidden />,
  label: (i18n) => i18n.t('contractExit.delete'),
  dialog: (contract, onClose) => <DeleteContractDialog contract={contract} onClose={onClose} />,
});

export { ContractTerminateAction } from './TerminateDialog';
