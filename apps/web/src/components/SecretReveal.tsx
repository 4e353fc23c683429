import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Space } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/** A password or secret shown exactly once, with a copy button. */
export function SecretReveal({ title, secret, label }: { title: string; secret: string; label: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(t('common.copied'));
    } catch {
      void message.warning(t('common.copyFailed'));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon title={title} description={t('common.showOnce')} />
      <Space.Compact style={{ width: '100%' }}>
        <Input
          readOnly
          value={secret}
          aria-label={label}
          data-testid="secret-value"
          style={{ fontFamily: 'monospace' }}
        />
        <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
          {t('common.copy')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
