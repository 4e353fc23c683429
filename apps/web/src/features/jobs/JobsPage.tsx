import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JobsOverview } from '@thirdline/shared/jobs/jobs.schemas';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { fetchJobs, JOBS_KEY, retryJob, runJob } from '../notifications/api';
import { when } from './format';
import { OutboxTable } from './OutboxTable';

type Queue = JobsOverview['queues'][number];
type Failure = JobsOverview['failures'][number];

const STATE_COLOURS: Record<string, string> = { completed: 'green', failed: 'red', active: 'blue', retry: 'orange' };

/** 后台任务: pg-boss queues with schedules and last runs, failed jobs with retry, and the notification outbox. */
export function JobsPage() {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const jobs = useQuery({ queryKey: JOBS_KEY, queryFn: fetchJobs, refetchInterval: 10_000 });
  const refresh = () => queryClient.invalidateQueries({ queryKey: JOBS_KEY });
  const onError = (e: unknown) => void message.error(problemMessage(e, i18n));
  const run = useMutation({
    mutationFn: runJob,
    onSuccess: () => (void message.success(t('jobs.runQueued')), refresh()),
    onError,
  });
  const retry = useMutation({
    mutationFn: retryJob,
    onSuccess: () => (void message.success(t('jobs.retried')), refresh()),
    onError,
  });
  const running = jobs.data?.running ?? false;
  const jobName = (name: string) => tx(`jobName.${name}`, name);
  const state = (s: string) => <Tag color={STATE_COLOURS[s]}>{tx(`jobState.${s}`, s)}</Tag>;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('jobs.title')}
      </Typography.Title>
      {jobs.isError && <Alert type="error" showIcon title={problemMessage(jobs.error, i18n)} />}
      {jobs.data && !running && <Alert type="warning" showIcon title={t('jobs.notRunning')} />}
      <Card title={t('jobs.queues')}>
        <Table<Queue>
          rowKey="name"
          loading={jobs.isPending}
          pagination={false}
          dataSource={jobs.data?.queues ?? []}
          columns={[
            {
              title: t('jobs.name'),
              dataIndex: 'name',
              render: (name: string) => (
                <Space orientation="vertical" size={0}>
                  {jobName(name)}
                  <Typography.Text type="secondary" code>
                    {name}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('jobs.schedule'),
              dataIndex: 'schedule',
              render: (s: Queue['schedule']) => (s ? `${s.cron} (${s.timeZone ?? 'UTC'})` : '—'),
            },
            {
              title: t('jobs.lastRun'),
              dataIndex: 'lastRun',
              render: (r: Queue['lastRun']) =>
                r ? (
                  <Space>
                    {state(r.state)}
                    {when(r.completedAt ?? r.startedAt)}
                  </Space>
                ) : (
                  t('jobs.never')
                ),
            },
            { title: t('jobs.queued'), dataIndex: 'queued', width: 80 },
            { title: t('jobs.failed'), dataIndex: 'failed', width: 80 },
            {
              key: 'actions',
              width: 120,
              render: (_, q) => (
                <Button
                  size="small"
                  disabled={!running}
                  loading={run.isPending && run.variables === q.name}
                  onClick={() => run.mutate(q.name)}
                  aria-label={`${t('jobs.runNow')}: ${jobName(q.name)}`}
                >
                  {t('jobs.runNow')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('jobs.failures')}>
        <Table<Failure>
          rowKey="id"
          loading={jobs.isPending}
          pagination={false}
          dataSource={jobs.data?.failures ?? []}
          locale={{ emptyText: t('jobs.noFailures') }}
          columns={[
            { title: t('jobs.name'), dataIndex: 'name', render: jobName },
            { title: t('jobs.lastRun'), dataIndex: 'completedAt', render: when },
            { title: t('jobs.attempts'), dataIndex: 'retryCount', width: 100, render: (n: number) => n + 1 },
            { title: t('jobs.error'), dataIndex: 'error', render: (e: string | null) => e ?? '—' },
            {
              key: 'actions',
              width: 100,
              render: (_, f) => (
                <Button size="small" disabled={!running} onClick={() => retry.mutate(f.id)}>
                  {t('jobs.retry')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <OutboxTable />
    </Space>
  );
}
