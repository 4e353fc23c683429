import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { isApiError } from '../../../api/client';
import { applyServerErrors, zodRule } from '../../../components/forms';
import { FormDrawer } from '../../../components/FormDrawer';
import { problemMessage } from '../../../components/problems';
import { useI18n, type I18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { useSaveVendorRecord, useVendorRecords, type RecordPath, type VendorDetail, type VendorRecord } from '../api';
import { optionsOf, vendorLabel } from '../labels';
import { useVendorLists } from '../vendor-lists';

export interface FieldSpec {
  name: string;
  label: MessageKey;
  kind: 'text' | 'textarea' | 'date' | 'select' | 'bool' | 'money' | 'year';
  /** For selects: the label group and codes, e.g. `['qualType', QUALIFICATION_TYPES]`. */
  options?: [group: string, codes: readonly string[]];
  required?: boolean;
  /** Help under the field; also the message of a format error. */
  hint?: MessageKey;
  /** Shown as a table column. */
  column?: boolean;
}

export interface RecordTabConfig<T extends VendorRecord> {
  path: RecordPath;
  /** The drawer title noun, e.g. 资质证书. */
  title: MessageKey;
  fields: FieldSpec[];
  /** The shared create schema; each field is checked with its part of it. */
  schema: z.ZodObject;
  /** Extra columns (computed values such as a status) after the field columns. */
  extraColumns?: (i18n: I18n) => ColumnsType<T>;
  /** Defaults for a new record. */
  defaults?: Record<string, unknown>;
  /** Which of the vendor's `permissions` allows writing; `update` by default. */
  writePermission?: string;
}

function display(field: FieldSpec, value: unknown, i18n: I18n): ReactNode {
  if (value === null || value === undefined || value === '') return i18n.t('common.empty');
  if (field.kind === 'bool') return value ? i18n.t('common.yes') : i18n.t('common.no');
  if (field.kind === 'select' && field.options) return vendorLabel(i18n, field.options[0], String(value));
  return String(value as string | number);
}

function toInput(fields: FieldSpec[], schema: z.ZodObject, values: Record<string, unknown>, editing: boolean) {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    let value = values[f.name];
    if (f.kind === 'date') value = value ? dayjs(value as string).format('YYYY-MM-DD') : null;
    else if (f.kind === 'bool') value = !!value;
    else if (typeof value === 'string') value = value.trim() || null;
    else if (value === undefined) value = null;
    if (value === null) {
      // A new record leaves out what was not given; an edit clears it where the field may be empty.
      const field = schema.shape[f.name] as z.ZodType | undefined;
      if (!editing || !field?.safeParse(null).success) continue;
    }
    input[f.name] = value;
  }
  return input;
}

function RecordDrawer<T extends VendorRecord>(props: {
  config: RecordTabConfig<T>;
  vendorId: string;
  open: boolean;
  record: T | null;
  onClose: () => void;
  onRefresh: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const save = useSaveVendorRecord<T>(props.vendorId, props.config.path);
  const [conflict, setConflict] = useState(false);
  const { record, config } = props;

  useEffect(() => {
    if (!props.open) return;
    setConflict(false);
    form.resetFields();
    const values = { ...(record ?? config.defaults ?? {}) } as Record<string, unknown>;
    for (const f of config.fields) {
      if (f.kind === 'date' && typeof values[f.name] === 'string') values[f.name] = dayjs(values[f.name] as string);
    }
    form.setFieldsValue(values);
    // Reset only when another record or a newer version of it is shown (not on every refetch).
  }, [props.open, record?.id, record?.version, form]);

  const onFinish = async (values: Record<string, unknown>) => {
    try {
      await save.mutateAsync({ record, input: toInput(config.fields, config.schema, values, !!record) });
      void message.success(record ? t('record.updated') : t('record.created'));
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
      title={`${record ? t('common.edit') : t('record.new')} · ${t(config.title)}`}
      size={560}
      saving={save.isPending}
      onSave={() => form.submit()}
      conflict={conflict && { onRefresh: props.onRefresh }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        {config.fields.map((f) => {
          const part = config.schema.shape[f.name] as z.ZodType;
          const rules = [
            ...(f.required ? [{ required: true, message: t('zod.required') }] : []),
            ...(f.kind === 'text' || f.kind === 'textarea' || f.kind === 'money'
              ? [zodRule(part, i18n, f.hint ? { invalid_format: t(f.hint) } : {})]
              : []),
          ];
          let control: ReactNode;
          if (f.kind === 'textarea') control = <Input.TextArea rows={3} />;
          else if (f.kind === 'date') control = <DatePicker style={{ width: '100%' }} />;
          else if (f.kind === 'year') control = <InputNumber min={1900} max={2200} style={{ width: '100%' }} />;
          else if (f.kind === 'select')
            control = (
              <Select
                aria-label={t(f.label)}
                allowClear={!f.required}
                options={f.options ? optionsOf(i18n, f.options[0], f.options[1]) : []}
              />
            );
          else if (f.kind === 'bool') control = <Checkbox>{t(f.label)}</Checkbox>;
          else control = <Input inputMode={f.kind === 'money' ? 'decimal' : undefined} />;
          return (
            <Form.Item
              key={f.name}
              name={f.name}
              label={f.kind === 'bool' ? undefined : t(f.label)}
              valuePropName={f.kind === 'bool' ? 'checked' : 'value'}
              extra={f.hint ? t(f.hint) : undefined}
              rules={rules}
            >
              {control}
            </Form.Item>
          );
        })}
      </Form>
    </FormDrawer>
  );
}

/** One kind of record around a vendor: a table, and a drawer to add or edit (with the version read). */
export function RecordTab<T extends VendorRecord>({
  config,
  vendor,
}: {
  config: RecordTabConfig<T>;
  vendor: VendorDetail;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useVendorRecords<T>(vendor.id, config.path);
  useVendorLists();
  const [drawer, setDrawer] = useState<{ id: string | null } | null>(null);
  const canWrite = (vendor.permissions as string[]).includes(config.writePermission ?? 'update');
  const record = drawer?.id ? ((list.data ?? []).find((r) => r.id === drawer.id) ?? null) : null;

  const columns: ColumnsType<T> = [
    ...config.fields
      .filter((f) => f.column)
      .map((f) => ({
        key: f.name,
        title: t(f.label),
        render: (_: unknown, r: T) => display(f, (r as unknown as Record<string, unknown>)[f.name], i18n),
      })),
    ...(config.extraColumns?.(i18n) ?? []),
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, r: T) => (
              <Button type="link" size="small" onClick={() => setDrawer({ id: r.id })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ id: null })}>
          {t('record.newOf', { what: t(config.title) })}
        </Button>
      )}
      {list.isError && <Alert type="error" showIcon title={problemMessage(list.error, i18n)} />}
      <Table<T>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('record.empty') }}
      />
      <RecordDrawer<T>
        config={config}
        vendorId={vendor.id}
        open={!!drawer}
        record={record}
        onClose={() => setDrawer(null)}
        onRefresh={() => void list.refetch()}
      />
    </Space>
  );
}
