// Registers the drafting tabs on the contract page (import this module once, for its effect).
import { registerContractTab } from '../contract-tabs';
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

export { ContractSubmitAction } from './ContractSubmitAction';
