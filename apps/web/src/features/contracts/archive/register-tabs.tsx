import { registerContractTab } from '../contract-tabs';
import { DocumentsTab } from './DocumentsTab';

/** The contract page's documents tab (R5.7). Imported once, for its effect, by the contract page. */
registerContractTab({
  key: 'documents',
  order: 40,
  label: (i18n) => i18n.t('contractArchive.tab'),
  render: (contract) => <DocumentsTab contract={contract} />,
});
