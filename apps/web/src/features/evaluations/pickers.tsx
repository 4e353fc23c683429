import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useUserSearch } from '../users/api';

type Option = { value: string; label: string };

/** The search's options plus the already chosen ones it did not return (so they show a name, not an id). */
const withKnown = (options: Option[], known: readonly Option[]) => [
  ...options,
  ...known.filter((k) => !options.some((o) => o.value === k.value)),
];

/** Picks several users (the panel). `known` names the ones already chosen. */
export function UsersPicker(props: {
  value?: string[];
  onChange?: (v: string[]) => void;
  known: { id: string; displayName: string }[];
  ariaLabel: string;
}) {
  const [search, setSearch] = useState('');
  const users = useUserSearch(useDeferredValue(search));
  const options = withKnown(
    (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
    props.known.map((k) => ({ value: k.id, label: k.displayName })),
  );
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
