import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client';
import { useI18n, type I18n } from '../i18n/I18nProvider';

const BY_STATUS: Record<number, string> = {
  403: 'problem.forbidden',
  404: 'problem.not_found',
  413: 'problem.too_large',
};

/** The message for a failed call, in the current language, from the problem `code`. */
export function problemMessage(error: unknown, i18n: I18n): string {
  if (!(error instanceof ApiError)) return i18n.t('problem.unknown', { status: '?' });
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
  const params = { minutes, status: error.status };
  const generic = i18n.t('problem.unknown', params);
  const byStatus = BY_STATUS[error.status];
  const fallback = byStatus ? i18n.tx(byStatus, generic, params) : generic;
  return i18n.tx(`problem.${error.code}`, fallback, params);
}

/** Shows a failed call as a toast message. */
export function useNotifyError() {
  const i18n = useI18n();
  const { message } = App.useApp();
  return useCallback((error: unknown) => void message.error(problemMessage(error, i18n)), [i18n, message]);
}
