import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import { Alert, App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client';
import { problemMessage } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { retentionRefusal } from './delete-refusal';

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
      setError(retentionRefusal(e, i18n) ?? problemMessage(e, i18n));
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
