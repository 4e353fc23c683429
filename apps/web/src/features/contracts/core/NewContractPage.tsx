import { Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import { ContractForm, type ContractFormValues } from './ContractForm';

/** `/contracts/new` (optionally `?vendorId=`): drafts a contract and opens its page. */
export function NewContractPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ContractFormValues>();
  const [saving, setSaving] = useState(false);
  const vendorId = params.get('vendorId');
  return (
    <Card
      title={t('contract.new')}
      extra={
        <Space>
          <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <ContractForm
        form={form}
        initial={vendorId ? { vendorId } : undefined}
        onSaving={setSaving}
        onSaved={(c) => void navigate(`/contracts/${c.id}`, { replace: true })}
      />
    </Card>
  );
}
