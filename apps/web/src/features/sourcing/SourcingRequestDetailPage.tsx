import { App, Descriptions, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { DetailPage, type DetailAction } from '../../components/DetailPage';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { CnyEquivalent } from '../exchange-rates/CnyEquivalent';
import { useEvaluationsOfRequest } from '../evaluations/api';
import { EvaluationDrawer } from '../evaluations/EvaluationDrawer';
import {
  useCandidates,
  useSourcingRequest,
  useSubmitSourcingRequest,
  useTransitionSourcingRequest,
  type SourcingRequest,
} from './api';
import { CandidatesTab } from './CandidatesTab';
import { evaluationSource } from './evaluation-source';
import { ContractDraftDialog } from './ContractDraftDialog';
import { RequirementsTab } from './RequirementsTab';
import { ScopeTab } from './ScopeTab';
import { SourcingRequestDrawer } from './SourcingRequestDrawer';
import { SourcingStatusTag } from './SourcingStatusTag';

const text = (value: string | null, empty: string) =>
  value ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph> : empty;

function Overview({ r }: { r: SourcingRequest }) {
  const { t } = useI18n();
  const empty = t('common.empty');
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
      <Descriptions.Item label={t('sourcing.department')}>{r.department.name}</Descriptions.Item>
      <Descriptions.Item label={t('sourcing.requester')}>{r.requester.displayName}</Descriptions.Item>
      <Descriptions.Item label={t('sourcing.budget')}>
        {`${r.budgetCurrency} ${Number(r.budgetAmount).toLocaleString(undefined, { minimumFractionDigits: 2 })}`}
        <CnyEquivalent currency={r.budgetCurrency} amountCny={r.budgetAmountCny} rateToCny={r.budgetRateToCny} />
      </Descriptions.Item>
      <Descriptions.Item label={t('sourcing.category')}>
        {t(`vendor.category.${r.outsourcingCategory}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('sourcing.urgency')}>{t(`sourcing.urgency.${r.urgency}`)}</Descriptions.Item>
      <Descriptions.Item label={t('sourcing.riskLevel')}>{t(`sourcing.risk.${r.riskLevel}`)}</Descriptions.Item>
      <Descriptions.Item label={t('sourcing.background')} span={2}>
        {text(r.background, empty)}
      </Descriptions.Item>
      <Descriptions.Item label={t('sourcing.goals')} span={2}>
        {text(r.goals, empty)}
      </Descriptions.Item>
      <Descriptions.Item label={t('sourcing.expectedOutcome')} span={2}>
        {text(r.expectedOutcome, empty)}
      </Descriptions.Item>
      <Descriptions.Item label={t('sourcing.functionalNeeds')} span={2}>
        {text(r.functionalNeeds, empty)}
      </Descriptions.Item>
      <Descriptions.Item label={t('sourcing.serviceLevelNeeds')} span={2}>
        {text(r.serviceLevelNeeds, empty)}
      </Descriptions.Item>
      <Descriptions.Item label={t('sourcing.otherResources')} span={2}>
        {text(r.otherResources, empty)}
      </Descriptions.Item>
      {r.awardedVendor && (
        <Descriptions.Item label={t('sourcing.awardedVendor')}>
          <Link to={`/vendors/${r.awardedVendor.id}`}>{r.awardedVendor.name}</Link>
        </Descriptions.Item>
      )}
      {r.cancelReason && <Descriptions.Item label={t('sourcing.cancelReason')}>{r.cancelReason}</Descriptions.Item>}
      <Descriptions.Item label={t('common.createdAt')}>
        {dayjs(r.createdAt).format('YYYY-MM-DD HH:mm')}
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * One sourcing request: header actions (edit, submit, start sourcing, start an evaluation of the candidates, cancel,
 * draft a contract once awarded), links to its approval and evaluations, and its tabs.
 */
export function SourcingRequestDetailPage() {
  const { id } = useParams();
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const query = useSourcingRequest(id);
  const submit = useSubmitSourcingRequest();
  const transition = useTransitionSourcingRequest();
  const [editing, setEditing] = useState(false);
  const [evaluating, setEvaluating] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const navigate = useNavigate();
  const { can } = useAuth();
  const candidates = useCandidates(id as string);
  const evaluations = useEvaluationsOfRequest(id);
  const r = query.data;

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
    } catch (e) {
      void message.error(problemMessage(e, i18n));
    }
  };
  const cancel = (req: SourcingRequest) => {
    let reason = '';
    modal.confirm({
      title: t('sourcing.cancel'),
      content: (
        <Input.TextArea
          aria-label={t('sourcing.cancelReason')}
          placeholder={t('sourcing.cancelHint')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okText: t('sourcing.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('common.close'),
      onOk: () =>
        run(
          () => transition.mutateAsync({ id: req.id, version: req.version, to: 'cancelled', reason: reason.trim() }),
          t('common.saved'),
        ),
    });
  };
  const actions: DetailAction[] = r
    ? [
        { key: 'edit', label: t('common.edit'), permission: 'edit', onClick: () => setEditing(true) },
        {
          key: 'submit',
          label: t('sourcing.submit'),
          permission: 'submit',
          primary: true,
          onClick: () =>
            modal.confirm({
              title: t('sourcing.submit'),
              content: t('sourcing.submitConfirm'),
              okText: t('sourcing.submit'),
              cancelText: t('common.cancel'),
              onOk: () => run(() => submit.mutateAsync(r), t('sourcing.submitted')),
            }),
        },
        {
          key: 'start-sourcing',
          label: t('sourcing.startSourcing'),
          permission: 'start-sourcing',
          primary: true,
          onClick: () =>
            void run(() => transition.mutateAsync({ id: r.id, version: r.version, to: 'sourcing' }), t('common.saved')),
        },
        ...(can('evaluations:manage') && (candidates.data?.items.length ?? 0) > 0
          ? [
              {
                key: 'start-evaluation',
                label: t('sourcing.startEvaluation'),
                permission: 'manage-candidates',
                primary: true,
                onClick: () => setEvaluating(true),
              },
            ]
          : []),
        { key: 'cancel', label: t('sourcing.cancel'), permission: 'cancel', danger: true, onClick: () => cancel(r) },
        {
          key: 'contract-draft',
          label: t('sourcing.contractDraft'),
          permission: 'contract-draft',
          primary: true,
          onClick: () => setDrafting(true),
        },
      ]
    : [];

  return (
    <>
      <DetailPage
        backTo="/sourcing-requests"
        loading={query.isPending}
        error={query.error}
        title={r ? `${r.reference} ${r.title}` : undefined}
        status={r && <SourcingStatusTag status={r.status} />}
        subtitle={
          r && (r.approvalId || evaluations.data?.items.length) ? (
            <Space>
              {r.approvalId && <Link to={`/approvals/${r.approvalId}`}>{t('sourcing.approval')}</Link>}
              {evaluations.data?.items.map((e) => (
                <Link key={e.id} to={`/evaluations/${e.id}`}>
                  {`${t('sourcing.evaluation')} ${e.reference}`}
                </Link>
              ))}
            </Space>
          ) : undefined
        }
        permissions={r?.permissions}
        actions={actions}
        tabs={
          r
            ? [
                { key: 'overview', label: t('sourcing.overview'), children: <Overview r={r} /> },
                { key: 'requirements', label: t('sourcing.requirements'), children: <RequirementsTab request={r} /> },
                { key: 'scope', label: t('sourcing.scope'), children: <ScopeTab request={r} /> },
                { key: 'candidates', label: t('sourcing.candidates'), children: <CandidatesTab request={r} /> },
              ]
            : []
        }
        history={r ? { recordType: 'sourcing-request', recordId: r.id } : undefined}
      />
      {evaluating && r && (
        <EvaluationDrawer
          open
          source={evaluationSource(r, candidates.data?.items ?? [])}
          onClose={() => setEvaluating(false)}
          onSaved={(e) => {
            setEvaluating(false);
            void navigate(`/evaluations/${e.id}`);
          }}
        />
      )}
      {r && <ContractDraftDialog request={r} open={drafting} onClose={() => setDrafting(false)} />}
      <SourcingRequestDrawer
        open={editing}
        request={r}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </>
  );
}
