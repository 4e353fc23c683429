import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Row, Skeleton, Space, Tree, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { Department, DepartmentNode } from '../../api/types';
import { useAuth } from '../../app/auth';
import { problemMessage } from '../../components/problems';
import { ActiveTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { flattenTree, useDepartmentTree, useSaveDepartment } from './api';
import { DepartmentDetails } from './DepartmentDetails';
import { DepartmentDrawer } from './DepartmentDrawer';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

function toTree(nodes: DepartmentNode[], inactive: string): TreeItem[] {
  return nodes.map((n) => ({
    key: n.id,
    title: n.active ? n.name : `${n.name}${inactive}`,
    children: toTree(n.children ?? [], inactive),
  }));
}

export function DepartmentsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const { modal, message } = App.useApp();
  const tree = useDepartmentTree();
  const save = useSaveDepartment();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drawer, setDrawer] = useState<{ open: boolean; department?: Department | null }>({ open: false });

  const all = useMemo(() => flattenTree(tree.data ?? []).map((f) => f.node), [tree.data]);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const expandedKeys = all.filter((d) => !collapsed.includes(d.id)).map((d) => d.id);
  const selected = all.find((d) => d.id === selectedId) ?? null;

  const setActive = (department: Department, active: boolean) => {
    const run = async () => {
      try {
        await save.mutateAsync({ id: department.id, version: department.version, input: { active } });
        void message.success(active ? t('dept.activated') : t('dept.deactivated'));
      } catch (e) {
        void message.error(problemMessage(e, i18n));
      }
    };
    if (active) return void run();
    modal.confirm({
      title: t('common.deactivate'),
      content: t('dept.deactivateConfirm', { name: department.name }),
      okText: t('common.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: run,
    });
  };

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dept.title')}
        </Typography.Title>
      }
      extra={
        can('departments:write') && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ open: true })}>
            {t('dept.new')}
          </Button>
        )
      }
    >
      {tree.isError && <Alert type="error" showIcon title={problemMessage(tree.error, i18n)} />}
      {tree.isPending ? (
        <Skeleton active />
      ) : all.length === 0 ? (
        <Empty description={t('dept.empty')} />
      ) : (
        <Row gutter={24}>
          <Col xs={24} md={9}>
            <nav aria-label={t('dept.treeLabel')}>
              <Tree
                blockNode
                expandedKeys={expandedKeys}
                onExpand={(keys) => setCollapsed(all.map((d) => d.id).filter((id) => !keys.includes(id)))}
                showLine
                treeData={toTree(tree.data ?? [], t('common.inactiveSuffix'))}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => setSelectedId((keys[0] as string | undefined) ?? null)}
              />
            </nav>
          </Col>
          <Col xs={24} md={15}>
            {selected ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space>
                  <Typography.Title level={4} style={{ margin: 0 }}>
                    {selected.name}
                  </Typography.Title>
                  <ActiveTag active={selected.active} />
                </Space>
                <DepartmentDetails
                  department={selected}
                  onEdit={() => setDrawer({ open: true, department: selected })}
                  onSetActive={(active) => setActive(selected, active)}
                />
              </Space>
            ) : (
              <Empty description={t('dept.selectHint')} />
            )}
          </Col>
        </Row>
      )}
      <DepartmentDrawer
        open={drawer.open}
        department={drawer.department}
        parentId={drawer.department ? undefined : selectedId}
        onClose={() => setDrawer({ open: false })}
        onSaved={(d) => {
          setDrawer({ open: false });
          setSelectedId(d.id);
        }}
      />
    </Card>
  );
}
