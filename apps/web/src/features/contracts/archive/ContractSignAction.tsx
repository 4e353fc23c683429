import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { useAuth } from '../../../app/auth';
import { problemMessage } from '../../../components/problems';
import { useI18n, type I18n } from '../../../i18n/I18nProvider';
import { useContractDocuments, useSignContract } from './api';
import { UploadDocumentDialog } from './UploadDocumentDialog';

interface Values {
  signedOn: Dayjs;
  signatories: { side: 'company' | 'vendor'; name: string; title: string }[];
  signedCopyDocumentId: string;
  overrideReason?: string;
}

interface Unmet {
  code: string;
  message: string;
  type?: string;
  validTo?: string | null;
  occurredOn?: string;
}

function unmetOf(error: unknown): Unmet[] | null {
  if (!isApiError(error, 'presign_conditions_unmet')) return null;
  return (error.problem as { unmetConditions?: Unmet[] }).unmetConditions ?? [];
}

function explain(error: unknown, i18n: I18n) {
  const unmet = unmetOf(error);
  if (!unmet) return problemMessage(error, i18n);
  return (
    <>
      <div>{i18n.t('contractSign.blocked')}</div>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {unmet.map((c, i) => (
          <li key={i}>
            {i18n.tx(`contractSign.unmet.${c.code}`, '', {}) ||
              i18n.tx(`vendor.unmet.${c.code}`, c.message, {
                type: c.type ?? '',
                date: c.validTo ?? c.occurredOn ?? '',
              })}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The signing dialog (R5.3), opened from the contract page's "Sign contract" header action (permission 'sign': an
 * approved, unsigned contract and contracts:sign). Signatories of both sides, the signing date and the signed copy;
 * unmet vendor conditions are listed, and a director may sign anyway with a written reason.
 */
export function ContractSignDialog({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { can, me } = useAuth();
  const [uploading, setUploading] = useState(false);
  const [form] = Form.useForm<Values>();
  const sign = useSignContract(contract.id);
  const documents = useContractDocuments(contract.id);
  const copies = (documents.data?.items ?? []).filter((d) => d.kind === 'signed-copy');
  const director = me?.roles.includes('director') ?? false;
  const blocked = unmetOf(sign.error) !== null;

  const close = () => {
    sign.reset();
    form.resetFields();
    onClose();
  };
  const submit = async (v: Values) => {
    const result = await sign.mutateAsync({
      version: contract.version,
      signedOn: v.signedOn.format('YYYY-MM-DD'),
      signatories: v.signatories.map((s) => ({ side: s.side, name: s.name.trim(), title: s.title.trim() })),
      signedCopyDocumentId: v.signedCopyDocumentId,
      ...(v.overrideReason?.trim() ? { overrideReason: v.overrideReason.trim() } : {}),
    });
    const startsOn = contract.startDate > result.signedOn ? contract.startDate : result.signedOn;
    void message.success(
      result.status === 'active' ? t('contractSign.doneActive') : t('contractSign.doneLater', { date: startsOn }),
    );
    close();
  };

  return (
    <>
      <Modal
        open
        title={t('contractSign.title', { reference: contract.reference })}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('contractSign.action')}
        cancelText={t('common.cancel')}
        confirmLoading={sign.isPending}
        width={720}
        destroyOnHidden
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('contractSign.hint')} />
        {sign.error && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={explain(sign.error, i18n)} />
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            signedOn: dayjs(),
            signatories: [
              { side: 'company', name: '', title: '' },
              { side: 'vendor', name: '', title: '' },
            ],
          }}
          onFinish={(v) => void submit(v).catch(() => {})}
        >
          <Form.Item
            name="signedOn"
            label={t('contractSign.signedOn')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} aria-label={t('contractSign.signedOn')} />
          </Form.Item>
          <Form.List
            name="signatories"
            rules={[
              {
                validator: async (_, value: Values['signatories'] = []) => {
                  const sides = new Set(value.map((s) => s?.side));
                  if (!sides.has('company') || !sides.has('vendor')) throw new Error(t('contractSign.bothSides'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <Form.Item label={t('contractSign.signatories')} required>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'side']} rules={[{ required: true }]}>
                      <Select
                        aria-label={t('contractSign.side')}
                        style={{ width: 110 }}
                        options={(['company', 'vendor'] as const).map((s) => ({
                          value: s,
                          label: t(`contractSign.side.${s}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
                    >
                      <Input
                        placeholder={t('contractSign.signatoryName')}
                        aria-label={t('contractSign.signatoryName')}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'title']}
                      rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
                    >
                      <Input
                        placeholder={t('contractSign.signatoryTitle')}
                        aria-label={t('contractSign.signatoryTitle')}
                      />
                    </Form.Item>
                    {fields.length > 2 && (
                      <MinusCircleOutlined
                        aria-label={t('contractSign.removeSignatory')}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ side: 'company' })}>
                  {t('contractSign.addSignatory')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            )}
          </Form.List>
          <Form.Item
            name="signedCopyDocumentId"
            label={t('contractSign.signedCopy')}
            extra={t('contractSign.signedCopyHint')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <Select
              aria-label={t('contractSign.signedCopy')}
              loading={documents.isLoading}
              notFoundContent={t('contractSign.noSignedCopy')}
              options={copies.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          {can('contracts:write') && (
            <Button size="small" style={{ marginBottom: 16 }} onClick={() => setUploading(true)}>
              {t('contractArchive.upload')}
            </Button>
          )}
          {blocked && director && (
            <Form.Item
              name="overrideReason"
              label={t('contractSign.overrideReason')}
              extra={t('contractSign.overrideHint')}
              rules={[{ required: true, whitespace: true, message: t('zod.required') }, { max: 2000 }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <UploadDocumentDialog
        contractId={contract.id}
        open={uploading}
        onClose={() => setUploading(false)}
        // A signed copy uploaded from here is the one being signed: pick it.
        onUploaded={(d) => {
          if (d.kind === 'signed-copy') form.setFieldValue('signedCopyDocumentId', d.id);
        }}
      />
    </>
  );
}

/** A "Sign contract" button with its dialog, for pages other than the contract page (which uses its header action). */
export function ContractSignAction({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!contract.permissions.includes('sign')) return null;
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('contractSign.action')}
      </Button>
      {open && <ContractSignDialog contract={contract} onClose={() => setOpen(false)} />}
    </>
  );
}
