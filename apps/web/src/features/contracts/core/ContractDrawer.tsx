import { Form } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { FormDrawer } from '../../../components/FormDrawer';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Contract } from '../api';
import { ContractForm, type ContractFormValues } from './ContractForm';

/** Edits a draft contract in a side drawer. */
export function ContractDrawer(props: {
  open: boolean;
  contract: Contract;
  onClose: () => void;
  onRefresh: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ContractFormValues>();
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);
  return (
    <FormDrawer
      open={props.open}
      onClose={props.onClose}
      title={t('contract.edit')}
      size={820}
      saving={saving}
      onSave={() => form.submit()}
      conflict={stale && { onRefresh: () => (setStale(false), props.onRefresh()) }}
    >
      <ContractForm
        form={form}
        contract={props.contract}
        onSaving={setSaving}
        onSaved={props.onClose}
        onError={(e) => setStale(isApiError(e, 'version_conflict'))}
      />
    </FormDrawer>
  );
}
