import { SendOutlined } from '@ant-design/icons';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { REVIEWER_KINDS, type ReviewerKind } from '@thirdline/shared/contracts/drafting.schemas';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { applyServerErrors } from '../../../components/forms';
import { useI18n } from '../../../i18n/I18nProvider';
import { UserSelect } from '../../users/UserSelect';
import { useSubmitContract } from './api';

type Values = Partial<Record<ReviewerKind, string>> & { comment?: string };

/** Who may submit: a draft whose permissions carry 'submit' (drafting) or 'edit' (the record's own). */
export const canSubmitContract = (contract: Contract) =>
  contract.status === 'draft' && (contract.permissions.includes('submit') || contract.permissions.includes('edit'));

/**
 * The "submit for review" button of a draft contract (for the contract page's header), opening the dialog.
 */
export function ContractSubmitAction({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!canSubmitContract(contract)) return null;
  return (
    <>
      <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('drafting.submit.action')}
      </Button>
      {open && <ContractSubmitDialog contract={contract} onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * The submit dialog: picks the legal, finance, technical and optional business reviewers; a checklist with
 * mandatory clauses absent is refused with the list of them.
 */
export function ContractSubmitDialog({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [missing, setMissing] = useState<{ code: string; title: string }[]>([]);
  const [form] = Form.useForm<Values>();
  const submit = useSubmitContract(contract.id);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setMissing([]);
    try {
      const result = await submit.mutateAsync({
        version: contract.version,
        reviewers: REVIEWER_KINDS.flatMap((kind) => (v[kind] ? [{ userId: v[kind], kind }] : [])),
        comment: v.comment?.trim() || null,
      });
      void message.success(t('drafting.submit.done', { round: result.round.number }));
      onClose();
    } catch (error) {
      if (isApiError(error, 'mandatory_clauses_missing')) {
        setMissing((error.problem as { missing?: { code: string; title: string }[] }).missing ?? []);
        return;
      }
      const overall = applyServerErrors(form, error, i18n);
      if (overall) void message.error(overall);
    }
  };

  return (
    <Modal
      open
      title={t('drafting.submit.title')}
      okText={t('drafting.submit.action')}
      confirmLoading={submit.isPending}
      onOk={() => void onOk()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('drafting.submit.intro')}</Typography.Paragraph>
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('drafting.submit.missing')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {missing.map((m) => (
                <li key={m.code}>{m.title}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form<Values> form={form} layout="vertical">
        {REVIEWER_KINDS.map((kind) => {
          const label = t('drafting.submit.reviewer', { kind: t(`drafting.kind.${kind}`) });
          return (
            <Form.Item
              key={kind}
              name={kind}
              label={label}
              rules={kind === 'business' ? [] : [{ required: true, message: t('zod.required') }]}
            >
              <UserSelect ariaLabel={label} />
            </Form.Item>
          );
        })}
        <Form.Item name="comment" label={t('drafting.submit.comment')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
