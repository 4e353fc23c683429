import type { CreateVariationRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import { toDayNumber } from '../../../platform/calendar/iso-date';
import type { FieldError } from '../../../platform/errors/problem';
import { badRequest } from '../../../platform/errors/problem';
import type { ContractRow } from '../contracts.repository';
import type { TermsSnapshot } from './exit.table';
import type { VariationRow } from './variations.repository';

export function termsOf(contract: ContractRow): TermsSnapshot {
  return {
    amount: contract.amount,
    startDate: contract.startDate,
    endDate: contract.endDate,
    noticePeriodDays: contract.noticePeriodDays,
  };
}

/** The contract's terms with the variation applied (unchanged where the variation names no new value). */
export function termsAfter(
  current: TermsSnapshot,
  v: Pick<VariationRow, 'newAmount' | 'newStartDate' | 'newEndDate' | 'newNoticePeriodDays'>,
): TermsSnapshot {
  return {
    amount: v.newAmount ?? current.amount,
    startDate: v.newStartDate ?? current.startDate,
    endDate: v.newEndDate ?? current.endDate,
    noticePeriodDays: v.newNoticePeriodDays ?? current.noticePeriodDays,
  };
}

/** The varied terms must still make a contract: end not before start, notice period within the term. */
export function checkVariedTerms(current: TermsSnapshot, input: CreateVariationRequest): void {
  const after = termsAfter(current, {
    newAmount: input.newAmount ?? null,
    newStartDate: input.newStartDate ?? null,
    newEndDate: input.newEndDate ?? null,
    newNoticePeriodDays: input.newNoticePeriodDays ?? null,
  });
  const errors: FieldError[] = [];
  const term = toDayNumber(after.endDate) - toDayNumber(after.startDate);
  if (term < 0) {
    errors.push({
      path: input.newEndDate ? 'newEndDate' : 'newStartDate',
      message: 'Must not be before the contract start date.',
    });
  } else if (after.noticePeriodDays > term + 1) {
    errors.push({ path: 'newNoticePeriodDays', message: 'The notice period must not exceed the varied term.' });
  }
  if (errors.length > 0) throw badRequest('The varied terms are not valid.', errors, 'validation_failed');
}
