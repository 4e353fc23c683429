import type { Executor } from '../../../db/client';
import { insertNotifications } from '../../../platform/notifications/notifications.repository';
import type { ContractRow } from '../contracts.repository';

/** Notification kinds of the drafting part (users may switch each off per channel). */
export const REVIEW_REQUEST_KIND = 'contract-review';
export const REVIEW_OUTCOME_KIND = 'contract-review-outcome';

export const contractLink = (contract: ContractRow, tab?: string) =>
  `/contracts/${contract.id}${tab ? `?tab=${tab}` : ''}`;

/** Each reviewer of a new round hears that an opinion is wanted from them. */
export async function notifyReviewers(
  tx: Executor,
  contract: ContractRow,
  round: number,
  reviewerIds: string[],
  at: Date,
): Promise<void> {
  const name = `${contract.reference} ${contract.title}`;
  await insertNotifications(
    tx,
    [...new Set(reviewerIds)].map((recipientId) => ({
      recipientId,
      kind: REVIEW_REQUEST_KIND,
      title: { zh: `请审查合同：${name}（第 ${round} 轮）`, en: `Please review the contract ${name} (round ${round})` },
      link: contractLink(contract, 'reviews'),
    })),
    at,
  );
}

/** The contract's owners (who submitted the round, the project manager, the author) hear how a round ended. */
export async function notifyOwners(
  tx: Executor,
  contract: ContractRow,
  submittedBy: string | null,
  outcome: 'disagreed' | 'agreed',
  round: number,
  at: Date,
): Promise<void> {
  const name = `${contract.reference} ${contract.title}`;
  const title =
    outcome === 'disagreed'
      ? {
          zh: `合同审查未通过，已退回草稿：${name}（第 ${round} 轮）`,
          en: `Review round ${round} disagreed; back to draft: ${name}`,
        }
      : {
          zh: `合同审查通过，已提交审批：${name}（第 ${round} 轮）`,
          en: `Review round ${round} agreed; sent for approval: ${name}`,
        };
  const recipients = [submittedBy, contract.projectManagerId, contract.createdBy].filter((id): id is string => !!id);
  await insertNotifications(
    tx,
    [...new Set(recipients)].map((recipientId) => ({
      recipientId,
      kind: REVIEW_OUTCOME_KIND,
      title,
      link: contractLink(contract, 'reviews'),
    })),
    at,
  );
}
