import { Alert, Button } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { problemMessage } from './problems';

/** A failed load, in the user's language, with a button that tries again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const i18n = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={problemMessage(error, i18n)}
      action={<Button onClick={onRetry}>{i18n.t('common.reload')}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
