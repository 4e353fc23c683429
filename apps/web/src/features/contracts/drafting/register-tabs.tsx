// Registers the drafting tabs and the submit action on the contract page (imported once by ../tabs.ts).
import { SendOutlined } from '@ant-design/icons';
import { registerContractAction } from '../contract-actions';
import { registerContractTab } from '../contract-tabs';
import { ContractSubmitDialog } from './ContractSubmitAction';
import { ChecklistTab } from './ChecklistTab';
import { ReviewsTab } from './ReviewsTab';

registerContractTab({
  key: 'checklist',
  order: 20,
  label: (i18n) => i18n.t('drafting.tab.checklist'),
  render: (contract) => <ChecklistTab contract={contract} />,
});

registerContractTab({
  key: 'reviews',
  order: 30,
  label: (i18n) => i18n.t('drafting.tab.reviews'),
  render: (contract) => <ReviewsTab contract={contract} />,
});

registerContractAction({
  key: 'submit',
  order: 20,
  permission: 'submit',
  label: (i18n) => i18n.t('drafting.submit.action'),
  icon: <SendOutlined aria-hidden />,
  dialog: (contract, onClose) => <ContractSubmitDialog contract={contract} onClose={onClose} />,
});
