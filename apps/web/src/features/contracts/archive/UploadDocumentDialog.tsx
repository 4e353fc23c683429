import { CONTRACT_DOCUMENT_KINDS } from '@thirdline/shared/contracts/contract-archive.schemas';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Upload } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { useUploadDocument, type ContractDocument, type ContractDocumentKind } from './api';

interface Values {
  kind: ContractDocumentKind;
  note?: string;
}

/** Uploads one contract document (stored encrypted by the server); `onUploaded` receives the stored document. */
export function UploadDocumentDialog(props: {
  contractId: string;
  open: boolean;
  onClose: () => void;
  onUploaded?: (document: ContractDocument) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadDocument(props.contractId);

  const close = () => {
    form.resetFields();
    setFile(null);
    upload.reset();
    props.onClose();
  };
  const submit = async (values: Values) => {
    if (!file) return;
    const saved = await upload.mutateAsync({ file, kind: values.kind, note: values.note?.trim() || undefined });
    props.onUploaded?.(saved);
    void message.success(t('contractArchive.uploaded'));
    close();
  };

  return (
    <Modal
      open={props.open}
      title={t('contractArchive.uploadTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('contractArchive.upload')}
      okButtonProps={{ disabled: !file }}
      cancelText={t('common.cancel')}
      confirmLoading={upload.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('contractArchive.uploadHint')} />
      {upload.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={problemMessage(upload.error, i18n)}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'signed-copy' }}
        onFinish={(v) => void submit(v).catch(() => {})}
      >
        <Form.Item name="kind" label={t('contractArchive.kind')} rules={[{ required: true }]}>
          <Select
            options={CONTRACT_DOCUMENT_KINDS.map((k) => ({ value: k, label: i18n.tx(`contractArchive.kind.${k}`, k) }))}
          />
        </Form.Item>
        <Form.Item label={t('contractArchive.file')} required>
          <Upload
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('contractArchive.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="note" label={t('contractArchive.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
