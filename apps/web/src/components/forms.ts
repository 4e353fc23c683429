import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { FIELD_MESSAGES_ZH, localiseFieldMessage } from '@thirdline/shared/i18n/field-messages';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import type { I18n } from '../i18n/I18nProvider';
import { problemMessage } from './problems';

type Issue = z.core.$ZodIssue;

/** A zod issue in the current language. */
export function issueMessage(issue: Issue, i18n: I18n): string {
  const { t } = i18n;
  // A message our schema wrote itself (check digits, amounts…) says more than a generic one.
  if (FIELD_MESSAGES_ZH[issue.message] !== undefined) return localiseFieldMessage(issue.message, i18n.locale);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? t('zod.required') : t('zod.tooShort', { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('zod.tooFew', { min: Number(issue.minimum) });
      return t('zod.invalid');
    case 'too_big':
      if (issue.origin === 'string') return t('zod.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('zod.tooMany', { max: Number(issue.maximum) });
      return t('zod.invalid');
    case 'invalid_format':
      return issue.format === 'email' ? t('zod.email') : t('zod.format');
    case 'invalid_type':
      return issue.input === undefined ? t('zod.required') : t('zod.invalid');
    default:
      return t('zod.invalid');
  }
}

/**
 * An antd form rule that checks a field with a shared zod schema (e.g. `userCreateSchema.shape.username`).
 * Empty values pass (pair it with `required` where a value must be given), so optional fields may stay blank.
 */
export function zodRule(
  schema: z.ZodType,
  i18n: I18n,
  /** Clearer messages for some issue codes, e.g. `{ invalid_format: t('user.usernameHint') }`. */
  messages: Partial<Record<Issue['code'], string>> = {},
): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      // Emptiness is the `required` rule's business; this rule checks what was entered.
      if (value === '' || value === null || value === undefined) return;
      const result = schema.safeParse(value);
      if (!result.success) {
        const first = result.error.issues[0];
        throw new Error(first ? (messages[first.code] ?? issueMessage(first, i18n)) : i18n.t('zod.invalid'));
      }
    },
  };
}

/** `body.newPassword` → `newPassword`; `body.roles.0` → `roles`. */
function fieldOf(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'body' && p !== 'querystring' && p !== 'params');
  return parts[0] ?? path;
}

/**
 * Puts the server's field errors (problem.errors[].path) on the form fields in the current language.
 * Returns the overall message to show when no field could take the error.
 */
export function applyServerErrors(form: FormInstance, error: unknown, i18n: I18n): string | null {
  const overall = problemMessage(error, i18n);
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return overall;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  for (const e of error.problem.errors) {
    const name = fieldOf(e.path);
    if (!known.has(name)) continue;
    // Validation messages come localised from the server (Accept-Language / the user's locale).
    const text = error.code === 'validation_failed' ? e.message || i18n.t('field.invalid') : overall;
    byField.set(name, [...(byField.get(name) ?? []), text]);
  }
  if (byField.size === 0) return overall;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return null;
}
