import type { Rule } from 'antd/es/form';
import { checkPasswordPolicy, PASSWORD_MIN_LENGTH, type PasswordRule } from '@thirdline/shared/org/password-policy';
import type { I18n } from '../../i18n/I18nProvider';

export { PASSWORD_MIN_LENGTH };

export function passwordRuleMessage(rule: PasswordRule, i18n: I18n): string {
  return i18n.tx(`pwd.rule.${rule}`, rule, { min: PASSWORD_MIN_LENGTH });
}

/**
 * Checks a new password with the server's own policy (shared code), so the user learns every broken rule
 * before submitting. `username` gives the name the password must not contain; empty values are left to `required`.
 */
export function passwordPolicyRule(i18n: I18n, username: () => string | undefined): Rule {
  return {
    validator: async (_rule, value?: string) => {
      if (!value) return;
      const broken = checkPasswordPolicy(value, username() ?? '');
      if (broken.length) throw new Error(broken.map((v) => passwordRuleMessage(v.rule, i18n)).join('；'));
    },
  };
}
