import { useQuery } from '@tanstack/react-query';
import type { VendorListName, VendorLists, VendorListValue } from '@thirdline/shared/vendors/vendor-lists.schemas';
import { api } from '../../api/client';
import { registerValueLabelSource } from '../../components/history-values';
import type { Locale } from '../../i18n/messages';

export const VENDOR_LISTS_KEY = ['/vendor-lists'];

/** The dictionary groups whose labels come from the configurable lists (R3.2, R3.3) rather than the dictionary. */
export const LIST_OF_GROUP: Readonly<Record<string, VendorListName>> = {
  'vendor.type': 'type',
  'vendor.tier': 'tier',
  qualType: 'qualification-type',
};

/**
 * The lists last loaded. Label and option helpers are plain functions called from many places; they read this copy,
 * and the components that show list values call `useVendorLists()` so they render again once it has arrived.
 */
let loaded: VendorLists | undefined;

export async function fetchVendorLists(): Promise<VendorLists> {
  loaded = await api.get<VendorLists>('/vendor-lists');
  return loaded;
}

/** Loads the vendor lists once per session (they change rarely; the admin page refreshes them after an edit). */
export function useVendorLists() {
  return useQuery({ queryKey: VENDOR_LISTS_KEY, queryFn: fetchVendorLists, staleTime: 30 * 60_000 });
}

/** The values of a list, or undefined before the lists are loaded. */
export function listValues(list: VendorListName): VendorListValue[] | undefined {
  return loaded?.lists.find((l) => l.list === list)?.values;
}

/** The label of a code of a configurable list in the reader's language, if the list has it. */
export function listLabel(locale: Locale, group: string, code: string): string | undefined {
  const list = LIST_OF_GROUP[group];
  const value = list ? listValues(list)?.find((v) => v.code === code) : undefined;
  if (!value) return undefined;
  return locale === 'zh-CN' ? value.labelZh : value.labelEn;
}

// History and the audit search show custom and renamed list values by their current label.
registerValueLabelSource((locale, group, code) => listLabel(locale as Locale, group, code));
