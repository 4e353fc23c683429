import { App, Button, Descriptions, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { DetailPage } from '../../components/DetailPage';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { useEvaluation, useEvaluationAction, type Evaluation } from './api';
import { EvaluationStatusTag } from './EvaluationStatusTag';
import { PanelTab } from './PanelTab';
import { ResultsTab } from './ResultsTab';

function Overview({ evaluation: e }: { evaluation: Evaluation }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {e.mySheetId && (
        <Link to={`/evaluations/${e.id}/sheets/${e.mySheetId}`}>
          <Button type="primary">{t('evaluations.openMySheet')}</Button>
        </Link>
      )}
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
        {e.sourcingRequestId && (
          <Descriptions.Item label={t('evaluations.sourcingRequest')} span={2}>
            <Link to={`/sourcing-requests/${e.sourcingRequestId}`}>{t('evaluations.openSourcingRequest')}</Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('evaluations.template')}>
          {e.template.name}（{t('evaluations.templateVersion', { version: e.template.version })}）
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluations.chair')}>{e.chair.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.minPanelDepartments')}>{e.minPanelDepartments}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.outlierThreshold')}>{e.outlierThreshold}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.vendors')} span={2}>
          {e.vendors.map((v) => (
            <div key={v.vendorId}>
              <Link to={`/vendors/${v.vendorId}`}>{v.name}</Link>
              {v.price ? `（${t('evaluations.price')} ${v.price} ${v.currency}）` : ''}
            </div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('templates.criteria')} span={2}>
          {e.criteria.map((c) => `${c.dimension} / ${c.name} ${c.weight}%`).join('；')}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}

/** One evaluation: overview, panel and progress, results; actions by the caller's permissions. */
export function EvaluationDetailPage() {
  const { id } = useParams();
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const evaluation = useEvaluation(id);
  const action = useEvaluationAction<{ version: number }>('post');
  const e = evaluation.data;
  const run = (path: 'start' | 'close', done: string) => async () => {
    if (!e) return;
    try {
      await action.mutateAsync({ path: `${e.id}/${path}`, body: { version: e.version } });
      void message.success(done);
    } catch (err) {
      void message.error(problemMessage(err, i18n));
    }
  };
  return (
    <DetailPage
      backTo="/evaluations"
      loading={evaluation.isPending}
      error={evaluation.error}
      title={e ? `${e.reference} ${e.title}` : undefined}
      status={e && <EvaluationStatusTag status={e.status} />}
      permissions={e?.permissions}
      actions={[
        {
          key: 'start',
          label: t('evaluations.start'),
          permission: 'start',
          primary: true,
          onClick: () => void run('start', t('evaluations.started'))(),
        },
        {
          key: 'close',
          label: t('evaluations.close'),
          permission: 'close',
          primary: true,
          onClick: () => void run('close', t('evaluations.closed'))(),
        },
      ]}
      tabs={
        e
          ? [
              { key: 'overview', label: t('evaluations.overview'), children: <Overview evaluation={e} /> },
              { key: 'panel', label: t('evaluations.panel'), children: <PanelTab evaluation={e} /> },
              { key: 'results', label: t('evaluations.results'), children: <ResultsTab evaluation={e} /> },
            ]
          : []
      }
      history={e ? { recordType: 'evaluation', recordId: e.id } : undefined}
    />
  );
}
