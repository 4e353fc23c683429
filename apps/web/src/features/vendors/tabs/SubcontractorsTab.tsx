import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import { createSubcontractorSchema } from '@thirdline/shared/vendors/vendor-records.schemas';
import { App, Button, Card, Checkbox, Empty, Form, Input, Space, Table, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/client';
import { applyServerErrors, zodRule } from '../../../components/forms';
import { FormDrawer } from '../../../components/FormDrawer';
import { StatusTag } from '../../../components/StatusTag';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  useSaveVendorRecord,
  useSubcontractorTree,
  useVendorRecords,
  type Subcontractor,
  type SubcontractorTree,
  type VendorDetail,
} from '../api';
import { VendorStatusTag } from '../labels';
import { VendorPicker } from '../VendorPicker';

function treeData(nodes: SubcontractorTree['children'], path: string, critical: string): DataNode[] {
  return nodes.map((n) => ({
    key: `${path}/${n.linkId}`,
    title: (
      <Space size={6} wrap>
        <Link to={`/vendors/${n.vendorId}`}>
          {n.reference} {n.name}
        </Link>
        <VendorStatusTag status={n.status} />
        <span>{n.service}</span>
        {n.supportsCriticalService && <StatusTag tone="warning" text={critical} />}
      </Space>
    ),
    children: treeData(n.children, `${path}/${n.linkId}`, critical),
  }));
}

function SubcontractorTreeView({ vendor }: { vendor: VendorDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const tree = useSubcontractorTree(vendor.id);
  const data = tree.data ? treeData(tree.data.children, vendor.id, t('subcontractors.critical')) : [];
  return (
    <Card size="small" title={t('subcontractors.tree')} extra={<ApartmentOutlined aria-hidden />}>
      {data.length ? (
        <div aria-label={t('subcontractors.tree')} role="group">
          <Tree
            treeData={[{ key: vendor.id, title: `${vendor.reference} ${vendor.name}`, children: data }]}
            defaultExpandAll
            selectable={false}
            showLine
          />
        </div>
      ) : (
        <Empty description={t('subcontractors.treeEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

interface Values {
  subcontractorId?: string;
  service: string;
  supportsCriticalService: boolean;
}

function LinkDrawer(props: {
  vendor: VendorDetail;
  open: boolean;
  link: Subcontractor | null;
  onClose: () => void;
  onRefresh: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveVendorRecord<Subcontractor>(props.vendor.id, 'subcontractors');
  const [conflict, setConflict] = useState(false);
  const { link } = props;

  useEffect(() => {
    if (!props.open) return;
    setConflict(false);
    form.resetFields();
    form.setFieldsValue(
      link
        ? { service: link.service, supportsCriticalService: link.supportsCriticalService }
        : { service: '', supportsCriticalService: false },
    );
  }, [props.open, link?.id, link?.version, form]);

  const onFinish = async (values: Values) => {
    const input: Record<string, unknown> = {
      service: values.service.trim(),
      supportsCriticalService: !!values.supportsCriticalService,
    };
    if (!link) input.subcontractorId = values.subcontractorId;
    try {
      await save.mutateAsync({ record: link, input });
      void message.success(link ? t('record.updated') : t('record.created'));
      props.onClose();
    } catch (e) {
      if (isApiError(e, 'version_conflict')) {
        setConflict(true);
        return;
      }
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  return (
    <FormDrawer
      open={props.open}
      onClose={props.onClose}
      title={link ? `${t('common.edit')} · ${link.subcontractorName}` : t('subcontractors.new')}
      size={520}
      saving={save.isPending}
      onSave={() => form.submit()}
      conflict={conflict && { onRefresh: props.onRefresh }}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        {!link && (
          <Form.Item
            name="subcontractorId"
            label={t('subcontractors.vendor')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <VendorPicker exclude={props.vendor.id} ariaLabel={t('subcontractors.vendor')} />
          </Form.Item>
        )}
        <Form.Item
          name="service"
          label={t('subcontractors.service')}
          rules={[
            { required: true, whitespace: true, message: t('zod.required') },
            zodRule(createSubcontractorSchema.shape.service, i18n),
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="supportsCriticalService" valuePropName="checked">
          <Checkbox>{t('subcontractors.critical')}</Checkbox>
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The vendor's direct subcontractors (table, add/edit) and the whole chain below it as a tree. */
export function SubcontractorsTab({ vendor }: { vendor: VendorDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useVendorRecords<Subcontractor>(vendor.id, 'subcontractors');
  const [drawer, setDrawer] = useState<{ id: string | null } | null>(null);
  const canWrite = vendor.permissions.includes('update');
  const link = drawer?.id ? ((list.data ?? []).find((r) => r.id === drawer.id) ?? null) : null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ id: null })}>
          {t('subcontractors.new')}
        </Button>
      )}
      <Table<Subcontractor>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('record.empty') }}
        columns={[
          {
            key: 'vendor',
            title: t('subcontractors.vendor'),
            render: (_, s) => (
              <Link to={`/vendors/${s.subcontractorId}`}>
                {s.subcontractorReference} {s.subcontractorName}
              </Link>
            ),
          },
          { key: 'service', title: t('subcontractors.service'), render: (_, s) => s.service },
          {
            key: 'critical',
            title: t('subcontractors.critical'),
            render: (_, s) => (s.supportsCriticalService ? t('common.yes') : t('common.no')),
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, s: Subcontractor) => (
                    <Button type="link" size="small" onClick={() => setDrawer({ id: s.id })}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <SubcontractorTreeView vendor={vendor} />
      <LinkDrawer
        vendor={vendor}
        open={!!drawer}
        link={link}
        onClose={() => setDrawer(null)}
        onRefresh={() => void list.refetch()}
      />
    </Space>
  );
}
