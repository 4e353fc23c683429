import { UploadOutlined } from '@ant-design/icons';
import { REVIEW_OPINIONS, type Review, type ReviewOpinion } from '@thirdline/shared/contracts/drafting.schemas';
import { Alert, App, Button, Form, Input, Modal, Radio, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { applyServerErrors } from '../../../components/forms';
import { problemMessage } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { uploadContractFile, useGiveOpinion } from './api';

interface Values {
  opinion: ReviewOpinion;
  comments?: string;
}

/** The assigned reviewer's opinion with comments and attachments (uploaded to the contract). */
export function OpinionDialog(props: { contractId: string; review: Review; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const give = useGiveOpinion(props.contractId);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const opinion = Form.useWatch('opinion', form);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await give.mutateAsync({
        reviewId: props.review.id,
        opinion: v.opinion,
        comments: v.comments?.trim() || null,
        fileIds: files.flatMap((f) => (f.response?.id ? [f.response.id as string] : [])),
      });
      void message.success(t('drafting.reviews.given'));
      props.onClose();
    } catch (error) {
      const overall = applyServerErrors(form, error, i18n);
      if (overall) void message.error(overall);
    }
  };

  const kind = t(`drafting.kind.${props.review.kind}`);
  return (
    <Modal
      open
      title={t('drafting.reviews.giveTitle', { kind })}
      okText={t('drafting.reviews.give')}
      confirmLoading={give.isPending}
      onOk={() => void onOk()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ opinion: 'agree' }}>
        <Form.Item name="opinion" label={t('drafting.reviews.opinion')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={REVIEW_OPINIONS.map((o) => ({ value: o, label: t(`drafting.opinion.${o}`) }))}
          />
        </Form.Item>
        {opinion === 'disagree' && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('drafting.reviews.disagreeHint')} />
        )}
        <Form.Item
          name="comments"
          label={t('drafting.reviews.comments')}
          rules={
            opinion && opinion !== 'agree' ? [{ required: true, whitespace: true, message: t('zod.required') }] : []
          }
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('drafting.reviews.attachments')}>
          <Upload
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              uploadContractFile(props.contractId, file as File)
                .then((saved) => onSuccess?.(saved))
                .catch((error: unknown) => {
                  void message.error(problemMessage(error, i18n));
                  onError?.(error as Error);
                });
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('drafting.reviews.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
