import { z } from 'zod';
import { localiseFieldMessage } from '@thirdline/shared/i18n/field-messages';
import type { Locale } from './locale';

const english = z.locales.en().localeError;
const chinese = z.locales.zhCN().localeError;

type RawIssue = { code: string; message?: string; path?: PropertyKey[] } & Record<string, unknown>;

function text(result: unknown): string | undefined {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && 'message' in result)
    return String((result as { message: unknown }).message);
  return undefined;
}

/**
 * The message of a zod issue in the caller's language. Messages a schema wrote itself are kept;
 * zod's built-in English ones are replaced by zod's Chinese locale for zh-CN callers.
 */
export function localiseIssueMessage(issue: RawIssue, locale: Locale): string {
  const original = issue.message ?? 'invalid';
  if (locale !== 'zh-CN') return original;
  try {
    const builtIn = text(english(issue as never));
    if (builtIn !== undefined && builtIn !== original) return localiseFieldMessage(original, locale);
    return text(chinese(issue as never)) ?? original;
  } catch {
    return original;
  }
}
