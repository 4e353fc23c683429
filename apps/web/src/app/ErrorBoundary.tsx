import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

function ErrorResult({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('page.error.title')}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}

/** Catches render errors (and failed lazy chunks) of a page so the shell stays usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <ErrorResult onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
