import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Space, Table, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { api, downloadUrl } from '../../api/client';
import type { Page } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadError } from '../LoadError';
import { ColumnSettings, useHiddenColumns } from './ColumnSettings';
import { ListFilters, type ListFilter } from './ListFilters';
import { SavedFilters } from './SavedFilters';
import { useListParams } from './useListParams';

export interface ListColumn<T> {
  key: string;
  title: string;
  render: (record: T) => ReactNode;
  /** The server's sort field; makes the column sortable. */
  sortField?: string;
  /** Always shown (cannot be hidden in the column settings). */
  locked?: boolean;
  defaultHidden?: boolean;
  width?: number;
}

export interface ListPageProps<T> {
  title: string;
  /** API list endpoint, e.g. `/users`; also the first part of the query key. */
  endpoint: string;
  /** Name under which column settings are remembered. */
  settingsKey: string;
  columns: ListColumn<T>[];
  filters?: ListFilter[];
  rowKey: (record: T) => string;
  /** Buttons next to the title (e.g. "New user"). */
  actions?: ReactNode;
  /** What to do when the list is empty without filters. */
  emptyText: ReactNode;
  /** Download `<endpoint>/export?<same filters>`; on by default. */
  exportable?: boolean;
  defaultSort?: string;
  /** Query parameters always sent (e.g. `{ scope: 'mine' }`) unless the URL sets the same name. */
  baseQuery?: Record<string, string>;
}

/** A server-paged table with filters, sort and paging in the URL, column settings and an xlsx export. */
export function ListPage<T>(props: ListPageProps<T>) {
  const i18n = useI18n();
  const { t } = i18n;
  const params = useListParams({ sort: props.defaultSort, base: props.baseQuery });
  const [hidden, setHidden] = useHiddenColumns(
    props.settingsKey,
    props.columns.filter((c) => c.defaultHidden).map((c) => c.key),
  );
  const query = useQuery({
    queryKey: [props.endpoint, 'list', params.queryParams.toString()],
    queryFn: ({ signal }) => api.get<Page<T>>(props.endpoint, { query: params.queryParams, signal }),
    placeholderData: keepPreviousData,
  });

  const sortOrder = (field?: string) => {
    if (!field || !params.sort) return null;
    if (params.sort === field) return 'ascend' as const;
    return params.sort === `-${field}` ? ('descend' as const) : null;
  };
  const columns: ColumnsType<T> = props.columns
    .filter((c) => c.locked || !hidden.includes(c.key))
    .map((c) => ({
      key: c.key,
      dataIndex: c.sortField ?? c.key,
      title: c.title,
      width: c.width,
      render: (_: unknown, record: T) => c.render(record),
      sorter: c.sortField ? true : undefined,
      sortOrder: c.sortField ? sortOrder(c.sortField) : undefined,
    }));

  const empty = params.hasFilters ? (
    <Empty description={t('list.noMatch')}>
      <Button onClick={params.clearFilters}>{t('list.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty description={props.emptyText} />
  );

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
      }
      extra={<Space wrap>{props.actions}</Space>}
    >
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 16 }}>
        {props.filters?.length ? <ListFilters filters={props.filters} params={params} /> : <span />}
        <Space>
          {params.hasFilters && <Button onClick={params.clearFilters}>{t('list.clearFilters')}</Button>}
          {props.filters?.length ? <SavedFilters list={props.settingsKey} params={params} /> : null}
          <ColumnSettings
            columns={props.columns.map((c) => ({ key: c.key, title: c.title, locked: c.locked }))}
            hidden={hidden}
            onChange={setHidden}
          />
          {props.exportable !== false && (
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={downloadUrl(`${props.endpoint}/export`, params.filterParams)}
              download
            >
              {t('list.export')}
            </Button>
          )}
        </Space>
      </Flex>
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<T>
        rowKey={props.rowKey}
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: query.isPending ? ' ' : empty }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100, 200],
          showTotal: (total) => t('list.total', { total }),
        }}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') {
            const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
            const field = s?.column ? props.columns.find((c) => c.key === s.column?.key)?.sortField : undefined;
            params.update({ sort: field && s?.order ? (s.order === 'descend' ? `-${field}` : field) : undefined });
            return;
          }
          params.update(
            {
              page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined,
              pageSize: pagination.pageSize && pagination.pageSize !== 20 ? String(pagination.pageSize) : undefined,
            },
            true,
          );
        }}
      />
    </Card>
  );
}
