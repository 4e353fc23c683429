import * as audit from './dict/audit';
import * as auth from './dict/auth';
import * as calendar from './dict/calendar';
import * as common from './dict/common';
import * as contracts from './dict/contracts';
import * as contractDrafting from './dict/contract-drafting';
import * as contractArchive from './dict/contract-archive';
import * as contractLedger from './dict/contract-ledger';
import * as contractExit from './dict/contract-exit';
import * as emergency from './dict/emergency';
import * as errors from './dict/errors';
import * as evaluations from './dict/evaluations';
import * as exchangeRates from './dict/exchange-rates';
import * as list from './dict/list';
import * as notifications from './dict/notifications';
import * as org from './dict/org';
import * as platform from './dict/platform';
import * as rbac from './dict/rbac';
import * as sourcing from './dict/sourcing';
import * as vendorImport from './dict/vendor-import';
import * as vendorLists from './dict/vendor-lists';
import * as vendorRecords from './dict/vendor-records';
import * as vendors from './dict/vendors';
import * as vendorPerformance from './dict/vendor-performance';
import * as workflow from './dict/workflow';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const zhCN = {
  ...audit.zh,
  ...common.zh,
  ...contracts.zh,
  ...contractExit.zh,
  ...emergency.zh,
  ...auth.zh,
  ...calendar.zh,
  ...errors.zh,
  ...list.zh,
  ...notifications.zh,
  ...org.zh,
  ...platform.zh,
  ...rbac.zh,
  ...vendors.zh,
  ...vendorRecords.zh,
  ...workflow.zh,
  ...vendorImport.zh,
  ...vendorLists.zh,
  ...evaluations.zh,
  ...contractDrafting.zh,
  ...contractArchive.zh,
  ...contractLedger.zh,
  ...sourcing.zh,
  ...vendorPerformance.zh,
  ...exchangeRates.zh,
};
export type MessageKey = keyof typeof zhCN;
const enUS: Record<MessageKey, string> = {
  ...audit.en,
  ...common.en,
  ...contracts.en,
  ...contractExit.en,
  ...emergency.en,
  ...auth.en,
  ...calendar.en,
  ...errors.en,
  ...list.en,
  ...notifications.en,
  ...org.en,
  ...platform.en,
  ...rbac.en,
  ...vendors.en,
  ...vendorRecords.en,
  ...workflow.en,
  ...vendorImport.en,
  ...vendorLists.en,
  ...evaluations.en,
  ...contractDrafting.en,
  ...contractArchive.en,
  ...contractLedger.en,
  ...sourcing.en,
  ...vendorPerformance.en,
  ...exchangeRates.en,
};

export const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type Params = Record<string, string | number>;

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return format(dictionaries[locale][key], params);
}

/** For keys built at run time (role codes, permission codes, problem codes): falls back when unknown. */
export function translateMaybe(locale: Locale, key: string, fallback: string, params?: Params): string {
  const dict = dictionaries[locale] as Record<string, string>;
  const template = dict[key];
  return template === undefined ? fallback : format(template, params);
}
