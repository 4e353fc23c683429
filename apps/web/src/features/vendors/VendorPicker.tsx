import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useVendorSearch } from './api';

/** Picks another vendor by searching its name or USCC. */
export function VendorPicker(props: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  exclude?: string;
  /** Names the current value until a search lists it (e.g. "V-2026-0001 华信软件"). */
  initialLabel?: string;
  ariaLabel: string;
  id?: string;
}) {
  const [search, setSearch] = useState('');
  const vendors = useVendorSearch(useDeferredValue(search));
  const options = (vendors.data?.items ?? [])
    .filter((v) => v.id !== props.exclude)
    .map((v) => ({ value: v.id, label: `${v.reference} ${v.name}` }));
  if (props.value && props.initialLabel && !options.some((o) => o.value === props.value)) {
    options.unshift({ value: props.value, label: props.initialLabel });
  }
  return (
    <Select
      id={props.id}
      aria-label={props.ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value}
      onChange={(v?: string) => props.onChange?.(v)}
      loading={vendors.isFetching}
      options={options}
    />
  );
}
