import { isApiError } from '../../../api/client';
import type { I18n } from '../../../i18n/I18nProvider';

/**
 * Why deleting a contract was refused under the retention rule (R6.6): until when it is kept (five years after it
 * ended), or that only a never-submitted draft may go. Null for any other failure (shown as the problem).
 */
export function retentionRefusal(error: unknown, i18n: Pick<I18n, 't'>): string | null {
  if (!isApiError(error, 'contract_retained')) return null;
  const until = (error.problem as { retainUntil?: unknown }).retainUntil;
  return typeof until === 'string'
    ? i18n.t('contractExit.delete.retainedUntil', { date: until })
    : i18n.t('contractExit.delete.notDraft');
}
