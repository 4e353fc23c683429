import { CONTRACT_TYPES } from '@thirdline/shared/contracts/contract-lifecycle';
import { Alert, DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { SourcingRequest } from './api';
import { FormModal } from './CandidatesTab';
import { useFormSave } from './Confirmation';

interface Values {
  type: (typeof CONTRACT_TYPES)[number];
  startDate: Dayjs;
  endDate: Dayjs;
}

/**
 * Drafts a contract from an awarded request: the user picks the contract type and term; the server prefills the
 * awarded vendor, department, category, the latest proposal's price and the scope's objectives. Opens the draft.
 */
export function ContractDraftDialog(props: { request: SourcingRequest; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const saveForm = useFormSave();
  const onSave = async () => {
    await saveForm(
      form,
      (v) =>
        api.post<{ id: string; reference: string }>(`/sourcing-requests/${props.request.id}/contract-draft`, {
          type: v.type,
          startDate: v.startDate.format('YYYY-MM-DD'),
          endDate: v.endDate.format('YYYY-MM-DD'),
        }),
      (draft) => {
        void navigate(`/contracts/${draft.id}`);
        return t('sourcing.contractDrafted', { reference: draft.reference });
      },
    );
  };
  const required = { required: true, message: t('zod.required') };
  const start = dayjs().startOf('day');
  return (
    <FormModal
      open={props.open}
      title={t('sourcing.contractDraft')}
      saving={false}
      onSave={() => void onSave()}
      onClose={props.onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('sourcing.contractDraftHint', { vendor: props.request.awardedVendor?.name ?? '—' })}
      />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ type: 'outsourcing', startDate: start, endDate: start.add(1, 'year').subtract(1, 'day') }}
      >
        <Form.Item name="type" label={t('sourcing.contractType')} rules={[required]}>
          <Select
            aria-label={t('sourcing.contractType')}
            options={CONTRACT_TYPES.map((type) => ({ value: type, label: t(`contract.type.${type}`) }))}
          />
        </Form.Item>
        <Form.Item name="startDate" label={t('sourcing.contractStart')} rules={[required]}>
          <DatePicker aria-label={t('sourcing.contractStart')} />
        </Form.Item>
        <Form.Item
          name="endDate"
          label={t('sourcing.contractEnd')}
          dependencies={['startDate']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: async (_, end?: Dayjs) => {
                const begin = getFieldValue('startDate') as Dayjs | undefined;
                if (end && begin && !end.isAfter(begin, 'day')) throw new Error(t('sourcing.contractEndAfterStart'));
              },
            }),
          ]}
        >
          <DatePicker aria-label={t('sourcing.contractEnd')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
