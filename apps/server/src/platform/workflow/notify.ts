import type { LocalizedName } from '@thirdline/shared/workflow/workflow.schemas';
import type { Executor } from '../../db/client';
import { insertNotifications } from '../notifications/notifications.repository';
import type { ApprovalRow } from './workflow.repository';

/** The web page of an approval (its detail, with the decision form for an assignee). */
export const approvalLink = (approvalId: string) => `/approvals/${approvalId}`;

type Message = 'task' | 'escalated' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

const MESSAGES: Record<Message, (title: string, stage: LocalizedName | null) => { zh: string; en: string }> = {
  task: (t, s) => ({ zh: `待审批：${t}${s ? `（${s.zh}）` : ''}`, en: `To approve: ${t}${s ? ` (${s.en})` : ''}` }),
  escalated: (t, s) => ({
    zh: `审批已超时升级：${t}${s ? `（${s.zh}）` : ''}`,
    en: `Escalated approval: ${t}${s ? ` (${s.en})` : ''}`,
  }),
  returned: (t) => ({ zh: `审批被退回修改：${t}`, en: `Returned for changes: ${t}` }),
  approved: (t) => ({ zh: `审批已通过：${t}`, en: `Approved: ${t}` }),
  rejected: (t) => ({ zh: `审批被驳回：${t}`, en: `Rejected: ${t}` }),
  withdrawn: (t) => ({ zh: `审批已撤回：${t}`, en: `Withdrawn: ${t}` }),
};

/** In-app (and, behind insertNotifications, e-mail/chat) notifications about one approval. */
export async function notifyApproval(
  tx: Executor,
  approval: ApprovalRow,
  message: Message,
  recipients: readonly string[],
  at: Date,
  stageName: LocalizedName | null = null,
): Promise<void> {
  const title = MESSAGES[message](approval.title, stageName);
  const kind = message === 'task' || message === 'escalated' ? `approval-${message}` : 'approval-outcome';
  await insertNotifications(
    tx,
    [...new Set(recipients)].map((recipientId) => ({
      recipientId,
      kind: message === 'returned' ? 'approval-returned' : kind,
      title,
      link: approvalLink(approval.id),
    })),
    at,
  );
}
