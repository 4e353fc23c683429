import { UploadOutlined } from '@ant-design/icons';
import type { FileRecord } from '@thirdline/shared/files/files.schemas';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';

/** Proposal documents: each file is uploaded to the request (recordType "sourcing-request"); the value is their ids. */
export function ProposalFiles(props: { requestId: string; value?: string[]; onChange?: (ids: string[]) => void }) {
  const i18n = useI18n();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const publish = (next: UploadFile[]) => {
    setFiles(next);
    props.onChange?.(next.flatMap((f) => (f.status === 'done' && typeof f.response === 'string' ? [f.response] : [])));
  };
  return (
    <Upload
      fileList={files}
      onChange={({ fileList }) => publish(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        const body = new FormData();
        body.append('recordType', 'sourcing-request');
        body.append('recordId', props.requestId);
        body.append('file', file);
        api
          .post<FileRecord>('/files', body)
          .then((saved) => onSuccess?.(saved.id))
          .catch((e: unknown) => {
            void message.error(problemMessage(e, i18n));
            onError?.(e as Error);
          });
      }}
    >
      <Button icon={<UploadOutlined aria-hidden />}>{i18n.t('sourcing.prop.documents')}</Button>
    </Upload>
  );
}
