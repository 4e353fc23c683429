import type { I18n } from '../i18n/I18nProvider';

export const roleLabel = (i18n: I18n, role: string) => i18n.tx(`role.${role}`, role);
export const permissionLabel = (i18n: I18n, permission: string) => i18n.tx(`permission.${permission}`, permission);
