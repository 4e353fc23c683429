import { UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { useUploadContractFile } from './api';

/** A form control holding a file id: uploads the chosen file attached to the contract. */
export function FileField(props: {
  contractId: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
}) {
  const { t } = useI18n();
  const upload = useUploadContractFile(props.contractId);
  const notifyError = useNotifyError();
  const [name, setName] = useState<string | null>(null);
  return (
    <Space>
      <Upload
        showUploadList={false}
        beforeUpload={(file) => {
          upload.mutate(file, {
            onSuccess: (saved) => {
              setName(saved.originalName);
              props.onChange?.(saved.id);
            },
            onError: notifyError,
          });
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {t('contractExit.handover.upload')}
        </Button>
      </Upload>
      {name && <Typography.Text>{t('contractExit.handover.uploaded', { name })}</Typography.Text>}
      {!name && props.value && (
        <a href={`/api/v1/files/${props.value}/content`} target="_blank" rel="noreferrer">
          {t('contractExit.openFile')}
        </a>
      )}
    </Space>
  );
}
