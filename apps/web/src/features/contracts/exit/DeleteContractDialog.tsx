import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Alert, App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../../api/client';
import { problemMessage } from '../../../components/problems';
import { useI18n, type I18n } from '../../../i18n/I18nProvider';

/** Why a delete was refused: the retention rule (R6.6) with the date the contract is kept until, or the problem. */
export function deleteRefusal(error: unknown, i18n: I18n): string {
  if (!isApiError(error, 'contract_retained')) return problemMessage(error, i18n);
  const until = (error.problem as { retainUntil?: unknown }).retainUntil;
  return typeof until === 'string'
    ? i18n.t('contractExit.delete.retainedUntil', { date: until })
    : i18n.t('contractExit.delete.notDraft');
}

/**
 * Confirms and deletes a contract (holders of contracts:delete). The server allows it for a draft never submitted,
 * or five years after the contract ended; otherwise the dialog says until when it is kept.
 */
export function DeleteContractDialog(props: { contract: Contract; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({ mutationFn: () => api.delete(`/contracts/${props.contract.id}`) });

  const confirm = async () => {
    setError(null);
    try {
      await remove.mutateAsync();
    } catch (e) {
      setError(deleteRefusal(e, i18n));
      return;
    }
    queryClient.removeQueries({ queryKey: ['/contracts', props.contract.id] });
    await queryClient.invalidateQueries({ queryKey: ['/contracts'] });
    void message.success(t('contractExit.delete.done', { reference: props.contract.reference }));
    props.onClose();
    void navigate('/contracts');
  };

  return (
    <Modal
      open
      title={t('contractExit.delete.title', { reference: props.contract.reference })}
      onCancel={props.onClose}
      onOk={() => void confirm()}
      okText={t('contractExit.delete.confirm')}
      okButtonProps={{ danger: true, disabled: error !== null }}
      cancelText={t('common.cancel')}
      confirmLoading={remove.isPending}
      destroyOnHidden
    >
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} />
      ) : (
        <Typography.Paragraph>{t('contractExit.delete.warning')}</Typography.Paragraph>
      )}
    </Modal>
  );
}
