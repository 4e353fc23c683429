import { App, type FormInstance } from 'antd';
import { applyServerErrors } from '../../../components/forms';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';

/**
 * Runs a dialog's save: on success a toast and `onDone`; on failure the server's field errors go onto the form and
 * anything else into an error toast.
 */
export function useSubmit<V>(form: FormInstance<V>, done: MessageKey, onDone: () => void) {
  const i18n = useI18n();
  const { message } = App.useApp();
  return async (save: () => Promise<unknown>) => {
    try {
      await save();
      void message.success(i18n.t(done));
      onDone();
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
}
