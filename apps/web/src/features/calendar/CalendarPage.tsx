import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HolidayEntry, HolidayKind } from '@thirdline/shared/calendar/calendar.schemas';
import { Alert, App, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { fetchHolidayYear, holidaysKey, saveHolidayYear } from './api';
import { WorkingDayCalculator } from './WorkingDayCalculator';

const KIND_COLOR: Record<HolidayKind, string> = { holiday: 'red', workday: 'blue' };

/** One year's holidays and adjusted working days; administrators edit the list and save it as a whole. */
export function CalendarPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [draft, setDraft] = useState<HolidayEntry[] | null>(null);
  const editable = can('calendar:write');
  const holidays = useQuery({ queryKey: holidaysKey(year), queryFn: () => fetchHolidayYear(year) });
  const save = useMutation({
    mutationFn: (items: HolidayEntry[]) => saveHolidayYear(year, holidays.data?.version ?? 0, items),
    onSuccess: (updated) => {
      queryClient.setQueryData(holidaysKey(year), updated);
      setDraft(null);
      void message.success(t('common.saved'));
    },
    onError: (e) => {
      void message.error(problemMessage(e, i18n));
      if (e instanceof Error && 'code' in e && e.code === 'version_conflict') void holidays.refetch();
    },
  });
  const items: HolidayEntry[] = draft ?? holidays.data?.items ?? [];
  const change = (next: HolidayEntry[]) => setDraft([...next].sort((a, b) => a.date.localeCompare(b.date)));

  const columns: ColumnsType<HolidayEntry> = [
    { key: 'date', title: t('calendar.date'), dataIndex: 'date', width: 130 },
    { key: 'weekday', title: t('calendar.weekday'), width: 90, render: (_, r) => dayjs(r.date).format('ddd') },
    {
      key: 'kind',
      title: t('calendar.kind'),
      width: 170,
      render: (_, r) => <Tag color={KIND_COLOR[r.kind]}>{t(`calendar.kind.${r.kind}`)}</Tag>,
    },
    { key: 'nameZh', title: t('calendar.nameZh'), dataIndex: 'nameZh' },
    { key: 'nameEn', title: t('calendar.nameEn'), dataIndex: 'nameEn' },
    ...(editable
      ? [
          {
            key: 'actions',
            title: '',
            width: 90,
            render: (_: unknown, r: HolidayEntry) => (
              <Button
                size="small"
                danger
                aria-label={`${t('calendar.remove')} ${r.date}`}
                onClick={() => change(items.filter((i) => i.date !== r.date))}
              >
                {t('calendar.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const years = Array.from({ length: 5 }, (_, i) => thisYear - 2 + i).map((y) => ({ value: y, label: String(y) }));

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
      }
    >
      <WorkingDayCalculator />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('calendar.year')}
          value={year}
          options={years}
          onChange={(y) => {
            setYear(y);
            setDraft(null);
          }}
          style={{ width: 110 }}
        />
        <Typography.Text type="secondary">{t('calendar.hint')}</Typography.Text>
      </Space>
      {holidays.isError && <Alert type="error" showIcon title={problemMessage(holidays.error, i18n)} />}
      {editable && <AddEntry year={year} items={items} onAdd={(e) => change([...items, e])} />}
      {draft && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          title={t('calendar.unsaved')}
          action={
            <Space>
              <Button onClick={() => setDraft(null)}>{t('calendar.reset')}</Button>
              <Button type="primary" loading={save.isPending} onClick={() => save.mutate(draft)}>
                {t('common.save')}
              </Button>
            </Space>
          }
        />
      )}
      <Table<HolidayEntry>
        rowKey="date"
        columns={columns}
        dataSource={items}
        loading={holidays.isPending}
        pagination={false}
        size="small"
        locale={{ emptyText: t('calendar.empty') }}
      />
    </Card>
  );
}

function AddEntry(props: { year: number; items: HolidayEntry[]; onAdd: (e: HolidayEntry) => void }) {
  const { t } = useI18n();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<HolidayKind>('holiday');
  const [nameZh, setNameZh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const iso = date?.format('YYYY-MM-DD');
  const duplicate = !!iso && props.items.some((i) => i.date === iso);
  const weekend = !!date && (date.day() === 0 || date.day() === 6);
  const valid = !!iso && !duplicate && nameZh.trim() !== '' && nameEn.trim() !== '' && (kind === 'holiday' || weekend);
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <DatePicker
        aria-label={t('calendar.date')}
        value={date}
        onChange={setDate}
        disabledDate={(d) => d.year() !== props.year}
        defaultPickerValue={dayjs(`${props.year}-01-01`)}
        status={duplicate ? 'error' : undefined}
      />
      <Select<HolidayKind>
        aria-label={t('calendar.kind')}
        value={kind}
        onChange={setKind}
        style={{ width: 170 }}
        options={(['holiday', 'workday'] as const).map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
      />
      <Input
        aria-label={t('calendar.nameZh')}
        placeholder={t('calendar.nameZh')}
        value={nameZh}
        maxLength={100}
        onChange={(e) => setNameZh(e.target.value)}
      />
      <Input
        aria-label={t('calendar.nameEn')}
        placeholder={t('calendar.nameEn')}
        value={nameEn}
        maxLength={100}
        onChange={(e) => setNameEn(e.target.value)}
      />
      <Button
        disabled={!valid}
        onClick={() => {
          props.onAdd({ date: iso!, kind, nameZh: nameZh.trim(), nameEn: nameEn.trim() });
          setDate(null);
        }}
      >
        {t('calendar.add')}
      </Button>
      {duplicate && <Typography.Text type="danger">{t('calendar.duplicate')}</Typography.Text>}
    </Space>
  );
}
