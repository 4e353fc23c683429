import { App } from 'antd';
import type { User } from '../../api/types';
import { problemMessage } from '../../components/problems';
import { SecretReveal } from '../../components/SecretReveal';
import { useI18n } from '../../i18n/I18nProvider';
import { useResetPassword, useUpdateUser } from './api';

/** Deactivate / activate / reset password, each behind a confirmation. */
export function useUserActions() {
  const i18n = useI18n();
  const { t } = i18n;
  const { modal, message } = App.useApp();
  const update = useUpdateUser();
  const reset = useResetPassword();

  const fail = (e: unknown) => void message.error(problemMessage(e, i18n));

  const deactivate = (user: User) =>
    modal.confirm({
      title: t('common.deactivate'),
      content: t('user.deactivateConfirm', { name: user.displayName }),
      okText: t('common.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        update
          .mutateAsync({ user, input: { active: false } })
          .then(() => void message.success(t('user.deactivated')), fail),
    });

  const activate = (user: User) =>
    update.mutateAsync({ user, input: { active: true } }).then(() => void message.success(t('user.activated')), fail);

  const resetPassword = (user: User) =>
    modal.confirm({
      title: t('user.resetPassword'),
      content: t('user.resetConfirm', { name: user.displayName }),
      okText: t('user.resetPassword'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        reset.mutateAsync(user).then(
          ({ temporaryPassword }) =>
            void modal.info({
              title: t('user.resetPassword'),
              width: 520,
              okText: t('common.close'),
              content: (
                <SecretReveal
                  title={`${t('user.temporaryPasswordTitle')} · ${user.username}`}
                  secret={temporaryPassword}
                  label={t('user.password')}
                />
              ),
            }),
          fail,
        ),
    });

  return { deactivate, activate, resetPassword };
}
