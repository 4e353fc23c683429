import { DownloadOutlined, RedoOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { downloadUrl } from '../../api/client';
import { useAuth } from '../../app/auth';
import { DetailPage, type DetailAction } from '../../components/DetailPage';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { APPROVALS, useApproval, useApprovalAction, type ApprovalDetail, type ApprovalTaskInStage } from './api';
import { ApprovalTimeline } from './ApprovalTimeline';
import { CommentDialog } from './CommentDialog';
import { DecisionPanel } from './DecisionPanel';
import { ApprovalTag, localName } from './labels';
import { CAN_MANAGE_WORKFLOWS } from './permissions';
import { ReassignDialog } from './ReassignDialog';
import { StagesView } from './StagesView';

/** Starts a file download through a link, so the browser keeps the server's file name. */
function download(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** The caller's open task on the approval, with the name of its stage. */
function myOpenTask(approval: ApprovalDetail, userId: string | undefined) {
  for (const stage of approval.stages) {
    const task = stage.tasks.find((t) => t.status === 'open' && t.assignee.id === userId);
    if (task) return { task, stage };
  }
  return null;
}

type Pending = 'withdraw' | 'resubmit' | null;

/** One approval: header, the caller's decision panel, every stage with its tasks, the timeline. */
export function ApprovalDetailPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { id } = useParams();
  const { me, can } = useAuth();
  const query = useApproval(id);
  const approval = query.data;
  const withdraw = useApprovalAction('withdraw');
  const resubmit = useApprovalAction('resubmit');
  const [pending, setPending] = useState<Pending>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reassigning, setReassigning] = useState<ApprovalTaskInStage | null>(null);
  const canReassign = CAN_MANAGE_WORKFLOWS(can) && approval?.status === 'pending';

  const open = (action: Pending) => {
    setActionError(null);
    setPending(action);
  };
  const runAction = async (comment: string | undefined) => {
    if (!approval || !pending) return;
    const mutation = pending === 'withdraw' ? withdraw : resubmit;
    try {
      await mutation.mutateAsync({ id: approval.id, comment });
      void message.success(t(pending === 'withdraw' ? 'approval.withdrawn' : 'approval.resubmitted'));
      setPending(null);
    } catch (e) {
      setActionError(problemMessage(e, i18n));
    }
  };

  const actions: DetailAction[] = approval
    ? [
        {
          key: 'resubmit',
          permission: 'resubmit',
          label: t('approval.resubmit'),
          icon: <RedoOutlined aria-hidden />,
          primary: true,
          onClick: () => open('resubmit'),
        },
        {
          key: 'withdraw',
          permission: 'withdraw',
          label: t('approval.withdraw'),
          icon: <RollbackOutlined aria-hidden />,
          danger: true,
          onClick: () => open('withdraw'),
        },
        {
          key: 'form',
          permission: 'download-form',
          label: t('approval.downloadForm'),
          icon: <DownloadOutlined aria-hidden />,
          onClick: () => download(downloadUrl(`${APPROVALS}/${approval.id}/form.pdf`)),
        },
      ]
    : [];

  const mine = approval ? myOpenTask(approval, me?.user.id) : null;
  const assignedToMe = approval?.stages.some((s) => s.tasks.some((task) => task.assignee.id === me?.user.id));
  const progress = approval && (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {approval.status === 'returned' && approval.permissions.includes('resubmit') && (
        <Alert type="warning" showIcon title={t('approval.returnedNotice')} />
      )}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable
          title={t('decision.conflict')}
          onClose={() => setConflict(false)}
        />
      )}
      {mine && (
        <DecisionPanel
          key={mine.task.id}
          taskId={mine.task.id}
          stageName={localName(i18n, mine.stage.name)}
          onConflict={() => setConflict(true)}
        />
      )}
      <StagesView stages={approval.stages} onReassign={canReassign ? setReassigning : undefined} />
    </Space>
  );

  return (
    <>
      <DetailPage
        backTo={assignedToMe ? '/tasks' : '/approvals'}
        loading={query.isPending}
        error={query.error}
        title={approval?.title}
        status={approval && <ApprovalTag kind="status" status={approval.status} />}
        subtitle={
          approval && (
            <Space size="middle" wrap>
              <span>{approval.reference}</span>
              <span>{localName(i18n, approval.flowName)}</span>
              <span>
                {t('approval.submitter')}: {approval.submitter.displayName}
              </span>
              <Link to={approval.link}>{t('approval.openRecord')}</Link>
            </Space>
          )
        }
        permissions={approval?.permissions}
        actions={actions}
        tabs={
          approval
            ? [
                { key: 'progress', label: t('approval.progress'), children: progress },
                {
                  key: 'timeline',
                  label: t('approval.timeline'),
                  children: <ApprovalTimeline entries={approval.timeline} />,
                },
              ]
            : []
        }
      />
      <ReassignDialog task={reassigning} onClose={() => setReassigning(null)} />
      <CommentDialog
        open={pending !== null}
        title={t(pending === 'withdraw' ? 'approval.withdraw' : 'approval.resubmit')}
        description={t(pending === 'withdraw' ? 'approval.confirmWithdraw' : 'approval.resubmitHint')}
        okText={t(pending === 'withdraw' ? 'approval.withdraw' : 'approval.resubmit')}
        danger={pending === 'withdraw'}
        loading={withdraw.isPending || resubmit.isPending}
        error={actionError}
        onOk={(comment) => void runAction(comment)}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
