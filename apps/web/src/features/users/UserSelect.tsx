import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useUserSearch } from './api';

/** Picks one user by searching username, name or e-mail. `initialLabel` names the current value. */
export function UserSelect(props: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  initialLabel?: string | null;
  ariaLabel: string;
  placeholder?: string;
  id?: string;
  width?: number | string;
}) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const users = useUserSearch(deferred);
  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  if (props.value && props.initialLabel && !options.some((o) => o.value === props.value)) {
    options.unshift({ value: props.value, label: props.initialLabel });
  }
  return (
    <Select
      id={props.id}
      aria-label={props.ariaLabel}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={props.placeholder}
      value={props.value ?? undefined}
      onChange={(v?: string) => props.onChange?.(v)}
      loading={users.isFetching}
      options={options}
      style={{ width: props.width ?? '100%' }}
    />
  );
}
