import { TreeSelect } from 'antd';
import type { DepartmentNode } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import { useDepartmentTree } from './api';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(nodes: DepartmentNode[], exclude: string | undefined, inactiveLabel: string): TreeOption[] {
  return nodes
    .filter((n) => n.id !== exclude)
    .map((n) => ({
      value: n.id,
      title: n.active ? n.name : `${n.name}${inactiveLabel}`,
      disabled: !n.active,
      children: toOptions(n.children ?? [], exclude, inactiveLabel),
    }));
}

/** Picks a department from the tree; `exclude` leaves out a department and everything under it. */
export function DepartmentSelect(props: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  exclude?: string;
  ariaLabel: string;
  placeholder?: string;
  id?: string;
  width?: number | string;
}) {
  const t = useT();
  const tree = useDepartmentTree();
  return (
    <TreeSelect
      id={props.id}
      aria-label={props.ariaLabel}
      allowClear
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      placeholder={props.placeholder}
      loading={tree.isPending}
      value={props.value ?? undefined}
      onChange={(v?: string) => props.onChange?.(v)}
      treeData={toOptions(tree.data ?? [], props.exclude, t('common.inactiveSuffix'))}
      style={{ width: props.width ?? '100%' }}
    />
  );
}
