import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { ListParams } from './useListParams';

export interface Option {
  value: string;
  label: string;
}

/** Options of a yes/no filter whose query value is `true` or `false`. */
export function yesNoOptions(t: ReturnType<typeof useT>): Option[] {
  return [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
}

export type ListFilter =
  | { kind: 'search'; name: string; label: string; placeholder?: string }
  | { kind: 'select'; name: string; label: string; options: Option[]; width?: number }
  | { kind: 'dateRange'; from: string; to: string; label: string }
  | {
      kind: 'custom';
      name: string;
      label: string;
      render: (value: string | undefined, onChange: (value: string | undefined) => void) => ReactNode;
    };

function SearchFilter({ filter, params }: { filter: Extract<ListFilter, { kind: 'search' }>; params: ListParams }) {
  const current = params.get(filter.name) ?? '';
  return (
    <Input.Search
      key={current}
      defaultValue={current}
      aria-label={filter.label}
      placeholder={filter.placeholder ?? filter.label}
      allowClear
      style={{ width: 260 }}
      onSearch={(value) => params.update({ [filter.name]: value.trim() || undefined })}
    />
  );
}

/** The filter bar of a ListPage; every change goes to the URL and sends the list back to page 1. */
export function ListFilters({ filters, params }: { filters: ListFilter[]; params: ListParams }) {
  const t = useT();
  return (
    <Form layout="inline" style={{ rowGap: 8 }} onSubmitCapture={(e) => e.preventDefault()}>
      {filters.map((f) => {
        const key = f.kind === 'dateRange' ? f.from : f.name;
        let control: ReactNode;
        if (f.kind === 'search') control = <SearchFilter filter={f} params={params} />;
        else if (f.kind === 'select')
          control = (
            <Select
              aria-label={f.label}
              allowClear
              placeholder={t('list.any')}
              style={{ width: f.width ?? 160 }}
              value={params.get(f.name)}
              options={f.options}
              onChange={(value?: string) => params.update({ [f.name]: value })}
              showSearch={{ optionFilterProp: 'label' }}
            />
          );
        else if (f.kind === 'dateRange') {
          const from = params.get(f.from);
          const to = params.get(f.to);
          control = (
            <DatePicker.RangePicker
              aria-label={f.label}
              placeholder={[t('list.startDate'), t('list.endDate')]}
              value={from && to ? [dayjs(from), dayjs(to)] : null}
              onChange={(range) =>
                params.update({
                  [f.from]: range?.[0]?.startOf('day').toISOString(),
                  [f.to]: range?.[1]?.endOf('day').toISOString(),
                })
              }
            />
          );
        } else control = f.render(params.get(f.name), (value) => params.update({ [f.name]: value }));
        return (
          <Form.Item key={key} label={f.label}>
            {control}
          </Form.Item>
        );
      })}
    </Form>
  );
}
