import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useUserSearch } from '../users/api';
import { useVendorSearch } from '../vendors/api';

/** Picks one vendor from the registry by name. */
export function VendorPicker(props: { value?: string; onChange?: (v: string) => void; ariaLabel: string }) {
  const [search, setSearch] = useState('');
  const vendors = useVendorSearch(useDeferredValue(search));
  return (
    <Select
      aria-label={props.ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value}
      onChange={(v: string) => props.onChange?.(v)}
      loading={vendors.isFetching}
      options={(vendors.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.name}（${v.reference}）` }))}
      style={{ width: 320 }}
    />
  );
}

/** Picks several users (the panel). `known` names the ones already chosen. */
export function UsersPicker(props: {
  value?: string[];
  onChange?: (v: string[]) => void;
  known: { id: string; displayName: string }[];
  ariaLabel: string;
}) {
  const [search, setSearch] = useState('');
  const users = useUserSearch(useDeferredValue(search));
  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  for (const k of props.known) {
    if (!options.some((o) => o.value === k.id)) options.push({ value: k.id, label: k.displayName });
  }
  return (
    <Select
      mode="multiple"
      aria-label={props.ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value}
      onChange={(v: string[]) => props.onChange?.(v)}
      loading={users.isFetching}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
