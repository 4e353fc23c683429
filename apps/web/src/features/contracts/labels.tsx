import {
  CONTRACT_TYPES,
  DATA_CLASSIFICATIONS,
  DISPUTE_RESOLUTIONS,
  SUBCONTRACTING_OPTIONS,
} from '@thirdline/shared/contracts/contract-lifecycle';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useI18n, type I18n } from '../../i18n/I18nProvider';

/** Label of a contract code, e.g. `contractLabel(i18n, 'type', 'framework')` → 框架合同. */
export const contractLabel = (i18n: I18n, group: string, code: string) => i18n.tx(`contract.${group}.${code}`, code);

const optionsOf = (i18n: I18n, group: string, codes: readonly string[]) =>
  codes.map((value) => ({ value, label: contractLabel(i18n, group, value) }));

export const contractTypeOptions = (i18n: I18n) => optionsOf(i18n, 'type', CONTRACT_TYPES);
export const disputeOptions = (i18n: I18n) => optionsOf(i18n, 'dispute', DISPUTE_RESOLUTIONS);
export const classificationOptions = (i18n: I18n) => optionsOf(i18n, 'classification', DATA_CLASSIFICATIONS);
export const subcontractingOptions = (i18n: I18n) => optionsOf(i18n, 'subcontracting', SUBCONTRACTING_OPTIONS);

const STATUS_TONES: Record<string, Tone> = {
  draft: 'default',
  'in-review': 'processing',
  'in-approval': 'processing',
  approved: 'success',
  active: 'success',
  expired: 'warning',
  terminated: 'error',
  archived: 'default',
};

export function ContractStatusTag({ status }: { status: string }) {
  const i18n = useI18n();
  return <StatusTag tone={STATUS_TONES[status] ?? 'default'} text={contractLabel(i18n, 'status', status)} />;
}

/** "1,200,000.00 CNY": one amount format for every contract page (the ledger's). */
export { formatAmount } from './ledger/labels';
