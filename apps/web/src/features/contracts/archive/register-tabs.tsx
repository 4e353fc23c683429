import { FileDoneOutlined } from '@ant-design/icons';
import { registerContractAction } from '../contract-actions';
import { registerContractTab } from '../contract-tabs';
import { ContractSignDialog } from './ContractSignAction';
import { DocumentsTab } from './DocumentsTab';

/** The contract page's documents tab (R5.7) and "Sign contract" action (R5.3). Imported once, for its effect. */
registerContractTab({
  key: 'documents',
  order: 40,
  label: (i18n) => i18n.t('contractArchive.tab'),
  render: (contract) => <DocumentsTab contract={contract} />,
});

registerContractAction({
  key: 'sign',
  order: 40,
  permission: 'sign',
  label: (i18n) => i18n.t('contractSign.action'),
  icon: <FileDoneOutlined aria-hidden />,
  dialog: (contract, onClose) => <ContractSignDialog contract={contract} onClose={onClose} />,
});
