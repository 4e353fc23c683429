import type { FastifyRequest } from 'fastify';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/** The caller's language: their saved preference when signed in, else Accept-Language, else Chinese. */
export function requestLocale(request: FastifyRequest): Locale {
  const saved = request.actor?.locale;
  if (saved === 'en-US' || saved === 'zh-CN') return saved;
  const accept = request.headers['accept-language'];
  if (typeof accept === 'string') {
    const first = accept.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en-US';
  }
  return 'zh-CN';
}
