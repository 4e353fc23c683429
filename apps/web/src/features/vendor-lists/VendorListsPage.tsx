import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  VENDOR_LISTS,
  type UpdateVendorListRequest,
  type VendorList,
  type VendorListName,
} from '@thirdline/shared/vendors/vendor-lists.schemas';
import {
  Alert,
  App,
  Button,
  Card,
  Input,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, isApiError } from '../../api/client';
import { useAuth } from '../../app/auth';
import { problemMessage } from '../../components/problems';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { useVendorLists, VENDOR_LISTS_KEY } from '../vendors/vendor-lists';

interface Row {
  key: string;
  code: string;
  labelZh: string;
  labelEn: string;
  active: boolean;
  builtin: boolean;
  usage: number;
  /** Added on this page, not saved yet: its code can still be typed. */
  isNew: boolean;
}

const rowsOf = (list: VendorList): Row[] => list.values.map((v) => ({ ...v, key: v.code, isNew: false }));

/** The server's refusal in the reader's language: field errors by row, values in use, removed defaults. */
function refusal(error: unknown, i18n: I18n): string {
  const { t } = i18n;
  if (isApiError(error, 'value_in_use')) {
    const usage = (error.problem as { usage?: Record<string, number> }).usage ?? {};
    const values = Object.entries(usage)
      .map(([code, n]) => `${code} (${n})`)
      .join(', ');
    return t('vendorLists.inUse', { values });
  }
  if (isApiError(error, 'builtin_value')) {
    return t('vendorLists.builtinRemoved', {
      values: ((error.problem as { codes?: string[] }).codes ?? []).join(', '),
    });
  }
  if (isApiError(error, 'version_conflict')) return t('vendorLists.conflict');
  if (isApiError(error) && error.problem.errors?.length) {
    return error.problem.errors
      .map((e) => {
        const row = /values\.(\d+)\./.exec(e.path);
        return row ? `${t('vendorLists.row', { row: Number(row[1]) + 1 })}: ${e.message}` : e.message;
      })
      .join('；');
  }
  return problemMessage(error, i18n);
}

function ListEditor({ list, editable }: { list: VendorList; editable: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(list));
  const [error, setError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: UpdateVendorListRequest) => api.put<VendorList>(`/vendor-lists/${list.list}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: VENDOR_LISTS_KEY }),
  });
  const change = (key: string, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: number) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const add = () =>
    setRows((all) => [
      ...all,
      {
        key: `new-${Date.now()}`,
        code: '',
        labelZh: '',
        labelEn: '',
        active: true,
        builtin: false,
        usage: 0,
        isNew: true,
      },
    ]);
  const onSave = async () => {
    setError(null);
    try {
      await save.mutateAsync({
        version: list.version,
        values: rows.map(({ code, labelZh, labelEn, active }) => ({ code: code.trim(), labelZh, labelEn, active })),
      });
      void message.success(t('vendorLists.saved'));
    } catch (e) {
      setError(refusal(e, i18n));
    }
  };

  const labelColumn = (field: 'labelZh' | 'labelEn') => ({
    title: t(`vendorLists.${field}`),
    render: (_: unknown, r: Row) => (
      <Input
        aria-label={t(`vendorLists.${field}`)}
        value={r[field]}
        maxLength={100}
        disabled={!editable}
        onChange={(e) => change(r.key, { [field]: e.target.value })}
      />
    ),
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('vendorLists.order'),
      width: 90,
      render: (_, _row, i) => (
        <Space size={0}>
          <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={t('vendorLists.up')} disabled={!editable || i === 0} onClick={() => move(i, -1)} />
          <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={t('vendorLists.down')} disabled={!editable || i === rows.length - 1} onClick={() => move(i, 1)} />
        </Space>
      ), // prettier-ignore
    },
    {
      title: t('vendorLists.code'),
      width: 200,
      render: (_, r) =>
        r.isNew ? (
          <Input
            aria-label={t('vendorLists.code')}
            placeholder={t('vendorLists.codeHint')}
            value={r.code}
            maxLength={40}
            onChange={(e) => change(r.key, { code: e.target.value })}
          />
        ) : (
          <Typography.Text code>{r.code}</Typography.Text>
        ),
    },
    labelColumn('labelZh'),
    labelColumn('labelEn'),
    {
      title: t('vendorLists.active'),
      width: 80,
      render: (_, r) => (
        <Switch
          aria-label={`${t('vendorLists.active')} ${r.code}`}
          checked={r.active}
          disabled={!editable}
          onChange={(active) => change(r.key, { active })}
        />
      ),
    },
    {
      title: t('vendorLists.usage'),
      width: 150,
      render: (_, r) => (
        <Space size={4}>
          <Tag>{r.builtin ? t('vendorLists.builtin') : t('vendorLists.custom')}</Tag>
          {r.usage}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      width: 90,
      render: (_, r) => {
        if (!editable || r.builtin) return null;
        if (r.usage > 0) {
          return (
            <Tooltip title={t('vendorLists.removeInUse', { count: r.usage })}>
              <Button size="small" danger disabled icon={<DeleteOutlined />} aria-label={t('vendorLists.remove')} />
            </Tooltip>
          );
        }
        return (
          <Popconfirm
            title={t('vendorLists.removeConfirm', { label: r.labelZh || r.code })}
            onConfirm={() => setRows((all) => all.filter((x) => x.key !== r.key))}
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('vendorLists.remove')} />
          </Popconfirm>
        );
      },
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}
      <Table<Row> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} />
      {editable && (
        <Space>
          <Button icon={<PlusOutlined />} onClick={add}>
            {t('vendorLists.add')}
          </Button>
          <Button type="primary" loading={save.isPending} onClick={() => void onSave()}>
            {t('common.save')}
          </Button>
          <Button onClick={() => setRows(rowsOf(list))}>{t('vendorLists.reset')}</Button>
        </Space>
      )}
    </Space>
  );
}

/** 供应商分类设置: the configurable vendor lists (R3.2 vendor type and tier, R3.3 qualification type). */
export function VendorListsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const lists = useVendorLists();
  const [tab, setTab] = useState<VendorListName>('type');
  const editable = can('settings:write');
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('vendorLists.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('vendorLists.intro')}</Typography.Paragraph>
      {!editable && <Alert type="info" showIcon title={t('vendorLists.readOnly')} style={{ marginBottom: 16 }} />}
      {lists.isError && <Alert type="error" showIcon title={problemMessage(lists.error, i18n)} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as VendorListName)}
        items={VENDOR_LISTS.map((name) => {
          const list = lists.data?.lists.find((l) => l.list === name);
          return {
            key: name,
            label: t(`vendorLists.list.${name}`),
            // A new version (after a save or a reload) starts the editor afresh from the server's values.
            children: list ? <ListEditor key={list.version} list={list} editable={editable} /> : null,
          };
        })}
      />
    </Card>
  );
}
