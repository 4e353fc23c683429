import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { applyServerErrors } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

/** The department head's confirmation button (requirements version, scope statement). */
export function ConfirmButton(props: { label: string; pending: boolean; onConfirm: () => Promise<unknown> }) {
  const i18n = useI18n();
  const { message } = App.useApp();
  return (
    <Button
      type="primary"
      loading={props.pending}
      onClick={() =>
        void props
          .onConfirm()
          .then(() => message.success(i18n.t('common.saved')))
          .catch((e: unknown) => message.error(problemMessage(e, i18n)))
      }
    >
      {props.label}
    </Button>
  );
}

/** "Confirmed by … at …" or "awaiting confirmation". */
export function ConfirmationNote(props: {
  confirmedAt: string | null;
  confirmedBy: { displayName: string } | null;
  confirmedKey: MessageKey;
  pendingKey: MessageKey;
  suffix?: string;
}) {
  const { t } = useI18n();
  return (
    <Typography.Text type={props.confirmedAt ? 'success' : 'warning'}>
      {props.confirmedAt
        ? t(props.confirmedKey, {
            name: props.confirmedBy?.displayName ?? '—',
            at: dayjs(props.confirmedAt).format('YYYY-MM-DD HH:mm'),
          })
        : t(props.pendingKey)}
      {props.suffix}
    </Typography.Text>
  );
}

export function RemoveButton({ onClick, style }: { onClick: () => void; style?: React.CSSProperties }) {
  const { t } = useI18n();
  return (
    <Button aria-label={t('sourcing.remove')} icon={<DeleteOutlined aria-hidden />} style={style} onClick={onClick} />
  );
}

/**
 * Validates a form, runs `work` with its values, reports success and returns true; server field errors land on the
 * form's fields (and an overall message is shown).
 */
export function useFormSave() {
  const i18n = useI18n();
  const { message } = App.useApp();
  return async <V, R>(form: FormInstance<V>, work: (values: V) => Promise<R>, done: (result: R) => string) => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return false;
    try {
      void message.success(done(await work(v)));
      return true;
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
      return false;
    }
  };
}
