import { ROLES } from '@thirdline/shared/rbac/permissions';
import { Select } from 'antd';
import type { Role } from '../../api/types';
import { roleLabel } from '../../components/labels';
import { useI18n } from '../../i18n/I18nProvider';

export function useRoleOptions() {
  const i18n = useI18n();
  return ROLES.map((r) => ({ value: r, label: roleLabel(i18n, r) }));
}

/** Several roles, labelled in the current language. */
export function RoleSelect(props: {
  value?: Role[];
  onChange?: (value: Role[]) => void;
  id?: string;
  ariaLabel: string;
}) {
  const options = useRoleOptions();
  return (
    <Select<Role[]>
      id={props.id}
      aria-label={props.ariaLabel}
      mode="multiple"
      allowClear
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
