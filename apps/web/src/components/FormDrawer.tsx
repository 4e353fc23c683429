import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface FormDrawerProps {
  open: boolean;
  title: ReactNode;
  size: number;
  saving: boolean;
  onClose: () => void;
  onSave: () => void;
  /** After a save that shows a one-time result (a generated secret): the footer only offers to close. */
  closeOnly?: boolean;
  /** Shows the "changed by someone else" alert with a button that reloads the record. */
  conflict?: { onRefresh: () => void } | false;
  children: ReactNode;
}

/** A side drawer holding one form: cancel and save in the footer, and the version-conflict alert when it happens. */
export function FormDrawer(props: FormDrawerProps) {
  const { t } = useI18n();
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={props.title}
      size={props.size}
      destroyOnHidden
      footer={
        props.closeOnly ? (
          <Button type="primary" onClick={props.onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={props.onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={props.saving} onClick={props.onSave}>
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      {props.conflict && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('record.conflict')}
          action={
            <Button icon={<ReloadOutlined aria-hidden />} onClick={props.conflict.onRefresh}>
              {t('record.refresh')}
            </Button>
          }
        />
      )}
      {props.children}
    </Drawer>
  );
}
