import { Alert, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useSimilarVendors } from './api';
import { VendorStatusTag } from './labels';

/** Warns about existing vendors whose name is close to the one being typed (debounced). */
export function SimilarVendors({ name, excludeId }: { name: string; excludeId?: string }) {
  const { t } = useI18n();
  const [debounced, setDebounced] = useState(name);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(name), 300);
    return () => clearTimeout(timer);
  }, [name]);
  const similar = useSimilarVendors(debounced);
  const matches = (similar.data ?? []).filter((v) => v.id !== excludeId);
  if (!matches.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('vendor.similarTitle')}
      description={
        <Space orientation="vertical" size={2}>
          {matches.map((v) => (
            <Space key={v.id} size={8} wrap>
              <Link to={`/vendors/${v.id}`} target="_blank">
                {v.reference} {v.name}
              </Link>
              <span>{v.uscc}</span>
              <VendorStatusTag status={v.status} />
            </Space>
          ))}
          <span>{t('vendor.similarHint')}</span>
        </Space>
      }
    />
  );
}
