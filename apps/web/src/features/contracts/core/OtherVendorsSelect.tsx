import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useVendorSearch } from '../../vendors/api';

/** Picks several vendors (a framework contract's further vendors) by searching name or USCC. */
export function OtherVendorsSelect(props: {
  value?: string[];
  onChange?: (v: string[]) => void;
  /** Vendors already on the contract, named before a search lists them. */
  known: { id: string; name: string }[];
  ariaLabel: string;
  id?: string;
}) {
  const [search, setSearch] = useState('');
  const vendors = useVendorSearch(useDeferredValue(search));
  const options = (vendors.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.reference} ${v.name}` }));
  for (const v of props.known) {
    if (!options.some((o) => o.value === v.id)) options.unshift({ value: v.id, label: v.name });
  }
  return (
    <Select
      id={props.id}
      mode="multiple"
      aria-label={props.ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value ?? []}
      onChange={(v: string[]) => props.onChange?.(v)}
      loading={vendors.isFetching}
      options={options}
    />
  );
}
