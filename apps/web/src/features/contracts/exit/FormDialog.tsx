import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { applyServerErrors } from '../../../components/forms';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * A modal form for the exit dialogs: validates, sends, puts the server's field errors on the fields and shows the
 * rest above the form; closes on success.
 */
export function FormDialog<V extends object>(props: {
  open: boolean;
  title: string;
  okText?: string;
  onClose: () => void;
  /** Sends the values; throw the API error to show it. */
  onSubmit: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  children: (form: FormInstance<V>) => ReactNode;
  width?: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { open } = props;
  // Read when the dialog opens only: callers build the initial values anew on every render.
  const initialValues = useRef(props.initialValues);
  initialValues.current = props.initialValues;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const initial = initialValues.current;
    if (initial) form.setFieldsValue(initial as Parameters<typeof form.setFieldsValue>[0]);
    setError(null);
  }, [open, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setError(null);
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, i18n));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={props.title}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={props.okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={props.width ?? 560}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={error} />}
      <Form<V> form={form} layout="vertical">
        {props.children(form)}
      </Form>
    </Modal>
  );
}
