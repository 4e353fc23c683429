import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { reportUrl, useEvaluationAction, useResults, type Evaluation, type EvaluationResultsResponse } from './api';
import { EvaluationRadar } from './EvaluationRadar';

type VendorResult = EvaluationResultsResponse['vendors'][number];

function Recommendation({ evaluation, results }: { evaluation: Evaluation; results: EvaluationResultsResponse }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ vendorId: string; reason: string }>();
  const recommend = useEvaluationAction<{ version: number; vendorId: string; reason: string }>('post');
  if (evaluation.recommendation) {
    const name = evaluation.vendors.find((v) => v.vendorId === evaluation.recommendation?.vendorId)?.name;
    return (
      <Card size="small" title={t('evaluations.recommendation')}>
        <Typography.Paragraph>
          {t('evaluations.recommendedVendor')}：{name}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {evaluation.recommendation.reason}
        </Typography.Paragraph>
        {evaluation.recommendation.approvalId && (
          <Link to={`/approvals/${evaluation.recommendation.approvalId}`}>{t('evaluations.approval')}</Link>
        )}
      </Card>
    );
  }
  if (!evaluation.permissions.includes('recommend')) return null;
  const onSubmit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await recommend.mutateAsync({
        path: `${evaluation.id}/recommendation`,
        body: { version: evaluation.version, ...v },
      });
    } catch (e) {
      void message.error(problemMessage(e, i18n));
    }
  };
  return (
    <Card size="small" title={t('evaluations.recommend')}>
      <Form form={form} layout="vertical" initialValues={{ vendorId: results.vendors[0]?.vendorId }}>
        <Form.Item name="vendorId" label={t('evaluations.recommendedVendor')} rules={[{ required: true }]}>
          <Select options={results.vendors.map((v) => ({ value: v.vendorId, label: `${v.name}（${v.total}）` }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('evaluations.recommendReason')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Button type="primary" loading={recommend.isPending} onClick={() => void onSubmit()}>
          {t('evaluations.recommend')}
        </Button>
      </Form>
    </Card>
  );
}

/** Ranking (ties shown), radar chart, per-criterion statistics, outliers, notes, downloads and the recommendation. */
export function ResultsTab({ evaluation }: { evaluation: Evaluation }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const results = useResults(evaluation);
  const notes = useEvaluationAction<{ strengths: string; weaknesses: string }>('put');
  if (!evaluation.permissions.includes('read-results')) {
    return <Alert type="info" showIcon title={t('evaluations.resultsLater')} />;
  }
  const r = results.data;
  if (!r) return null;
  const criterion = (id: string) => evaluation.criteria.find((c) => c.id === id)?.name ?? id;
  const vendorName = (id: string) => r.vendors.find((v) => v.vendorId === id)?.name ?? id;
  const editNotes = (v: VendorResult) => {
    const values = { strengths: v.strengths, weaknesses: v.weaknesses };
    modal.confirm({
      title: `${t('evaluations.editNotes')}：${v.name}`,
      width: 640,
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={t('evaluations.strengths')}
            defaultValue={v.strengths}
            rows={4}
            onChange={(e) => (values.strengths = e.target.value)}
          />
          <Input.TextArea
            aria-label={t('evaluations.weaknesses')}
            defaultValue={v.weaknesses}
            rows={4}
            onChange={(e) => (values.weaknesses = e.target.value)}
          />
        </Space>
      ),
      onOk: async () => {
        try {
          await notes.mutateAsync({ path: `${evaluation.id}/vendors/${v.vendorId}/notes`, body: values });
        } catch (e) {
          void message.error(problemMessage(e, i18n));
          throw e;
        }
      },
    });
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Button icon={<DownloadOutlined aria-hidden />} href={reportUrl(evaluation.id, 'pdf')}>
          {t('evaluations.downloadPdf')}
        </Button>
        <Button icon={<DownloadOutlined aria-hidden />} href={reportUrl(evaluation.id, 'xlsx')}>
          {t('evaluations.downloadXlsx')}
        </Button>
      </Space>
      <Table<VendorResult>
        rowKey="vendorId"
        dataSource={r.vendors}
        pagination={false}
        expandable={{
          expandedRowRender: (v) => (
            <Table
              rowKey="criterionId"
              size="small"
              pagination={false}
              dataSource={v.criteria}
              columns={[
                { key: 'c', title: t('evaluations.criterion'), render: (_, c) => criterion(c.criterionId) },
                { key: 's', title: t('evaluations.total'), render: (_, c) => c.score ?? '—' },
                { key: 'm', title: t('evaluations.mean'), render: (_, c) => c.mean ?? '—' },
                { key: 'min', title: 'min', render: (_, c) => c.min ?? '—' },
                { key: 'max', title: 'max', render: (_, c) => c.max ?? '—' },
                { key: 'sp', title: t('evaluations.spread'), render: (_, c) => c.spread ?? '—' },
              ]}
            />
          ),
        }}
        columns={[
          {
            key: 'rank',
            title: t('evaluations.rank'),
            render: (_, v) => (
              <Space>
                {v.rank}
                {v.tied && <Tag>{t('evaluations.tied')}</Tag>}
              </Space>
            ),
          },
          { key: 'name', title: t('evaluations.vendors'), render: (_, v) => v.name },
          { key: 'price', title: t('evaluations.price'), render: (_, v) => v.price ?? '—' },
          { key: 'total', title: t('evaluations.total'), render: (_, v) => v.total },
          { key: 'grade', title: t('evaluations.grade'), render: (_, v) => v.grade },
          {
            key: 'notes',
            title: `${t('evaluations.strengths')} / ${t('evaluations.weaknesses')}`,
            render: (_, v) => (
              <Space align="start">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, maxWidth: 420 }}>
                  {v.strengths || '—'}
                  {'\n'}
                  {v.weaknesses || '—'}
                </Typography.Paragraph>
                {evaluation.permissions.includes('recommend') && (
                  <Button
                    size="small"
                    icon={<EditOutlined aria-hidden />}
                    aria-label={t('evaluations.editNotes')}
                    onClick={() => editNotes(v)}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
      <Card size="small" title={t('evaluations.radar')}>
        <EvaluationRadar results={r} />
      </Card>
      {r.outliers.length > 0 && (
        <Card size="small" title={t('evaluations.outliers')}>
          {r.outliers.map((o) => (
            <Typography.Paragraph key={`${o.vendorId}-${o.criterionId}-${o.evaluator.id}`} style={{ margin: 0 }}>
              {t('evaluations.outlierLine', {
                evaluator: o.evaluator.displayName,
                vendor: vendorName(o.vendorId),
                criterion: criterion(o.criterionId),
                score: o.score,
                median: o.median,
              })}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      <Recommendation evaluation={evaluation} results={r} />
    </Space>
  );
}
