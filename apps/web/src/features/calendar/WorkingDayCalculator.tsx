import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { addWorkingDays } from './api';

/** "What date is N working days after …": the server's arithmetic over the calendar below. */
export function WorkingDayCalculator() {
  const i18n = useI18n();
  const { t } = i18n;
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [days, setDays] = useState<number | null>(5);
  const calc = useMutation({ mutationFn: () => addWorkingDays(date!.format('YYYY-MM-DD'), days ?? 0) });

  return (
    <Card size="small" title={t('calendar.calculator')} style={{ marginBottom: 16 }}>
      <Space wrap>
        <DatePicker aria-label={t('calendar.date')} value={date} onChange={setDate} allowClear={false} />
        <InputNumber
          aria-label={t('calendar.days')}
          addonBefore={t('calendar.days')}
          value={days}
          onChange={setDays}
          precision={0}
          min={-10000}
          max={10000}
        />
        <Button onClick={() => calc.mutate()} disabled={!date} loading={calc.isPending}>
          {t('calendar.calculate')}
        </Button>
        {calc.data && (
          <Typography.Text strong data-testid="working-day-result">
            {t('calendar.result')}: {calc.data.date} ({dayjs(calc.data.date).format('ddd')})
          </Typography.Text>
        )}
      </Space>
      {calc.isError && <Alert type="error" showIcon title={problemMessage(calc.error, i18n)} />}
    </Card>
  );
}
