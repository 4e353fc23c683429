import { uuidv7 } from 'uuidv7';
import type { Db } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Actor } from '../../../platform/auth/actor';
import { addDays } from '../../../platform/calendar/iso-date';
import type { Clock } from '../../../platform/calendar/clock';
import { localDate } from '../../../platform/calendar/zoned-time';
import { organisationTimeZone } from '../../org';
import { findContractByTitle, type ContractRow } from '../contracts.repository';
import { insertRound, lastRoundNumber, type ReviewRow } from '../drafting/reviews.repository';
import { updateHandoverItemState } from '../exit/commands/handover-items';
import { ensureHandoverItems } from '../exit/handover';
import { exitSettings, findTermination, insertTermination } from '../exit/exit.repository';
import { acceptMilestone } from '../ledger/commands/accept-milestone';
import { createMilestone } from '../ledger/commands/create-milestone';
import { listMilestones } from '../ledger/execution.repository';
import { demoActor } from '../ledger/seed-demo-ledger';
import { seedDemoRenewal, seedDemoVariation, type DemoCast } from './demo-contract-changes';

type Opinion = ReviewRow['opinion'];
type Context = { db: Db; audit: AuditContext; today: string; actor: Actor };

interface DemoRound {
  status: 'open' | 'agreed' | 'disagreed';
  daysAgo: number;
  /** legal, finance, technical opinions with comments (null: not given yet). */
  opinions: [Opinion, string | null][];
}

const KINDS = ['legal', 'finance', 'technical'] as const;

/**
 * Review rounds as the reviewers left them (R5.2): the contract in review had a first round sent back by legal and
 * a second one still open; the one in approval passed its round. Inserted with their opinions (audited as
 * `contract.seed-reviews`); skipped when the contract has rounds.
 */
async function seedReviews(c: Context, contract: ContractRow, reviewers: Actor[], rounds: DemoRound[]) {
  if ((await lastRoundNumber(c.db, contract.id)) > 0) return false;
  await c.db.transaction(async (tx) => {
    for (const [i, r] of rounds.entries()) {
      const roundId = uuidv7();
      const at = new Date(c.audit.at.getTime() - r.daysAgo * 86_400_000);
      const closed = r.status !== 'open';
      await insertRound(
        tx,
        {
          id: roundId,
          contractId: contract.id,
          number: i + 1,
          status: r.status,
          comment: i === 0 ? '请审查合同文本及条款清单。' : '已按法务意见修改保密与数据返还条款，请再次审查。',
          submittedAt: at,
          submittedBy: contract.projectManagerId,
          closedAt: closed ? new Date(at.getTime() + 2 * 86_400_000) : null,
          approvalId: r.status === 'agreed' ? contract.approvalId : null,
        },
        KINDS.map((kind, k) => {
          const [opinion, comments] = r.opinions[k] ?? [null, null];
          return {
            id: uuidv7(),
            roundId,
            contractId: contract.id,
            kind,
            reviewerId: reviewers[k]?.userId as string,
            opinion,
            comments,
            fileIds: [],
            decidedAt: opinion ? new Date(at.getTime() + 86_400_000) : null,
          };
        }),
      );
    }
    await recordAudit(tx, c.audit, {
      action: 'contract.seed-reviews',
      recordType: 'contract',
      recordId: contract.id,
      details: { rounds: rounds.map((r) => r.status) },
    });
  });
  return true;
}

/** A milestone whose delivery was rejected with reasons (R5.4); skipped when the contract has it already. */
async function seedRejectedMilestone(c: Context, contract: ContractRow) {
  const name = '第一批开发人员到岗考核';
  if ((await listMilestones(c.db, contract.id)).some((m) => m.name === name)) return false;
  const dueDate = addDays(contract.startDate, 45);
  const m = await createMilestone(c, contract.id, { name, dueDate, plannedAmount: '200000.00' });
  await acceptMilestone(c, contract.id, m.id, {
    version: m.version,
    result: 'rejected',
    acceptedOn: addDays(dueDate, 3),
    reasons: '到岗 12 人中 4 人资质不符合约定（无三年以上同类项目经验），要求两周内更换。',
    documentFileIds: [],
  });
  return true;
}

/**
 * The terminated demo contract's exit (R5.6): its termination for quality failure with settlement, the handover
 * checklist with access revoked and assets returned done, the rest open, and the final report due. Skipped when the
 * termination is recorded.
 */
async function seedTermination(c: Context, contract: ContractRow) {
  if (contract.status !== 'terminated' || !contract.endedOn || (await findTermination(c.db, contract.id))) {
    return false;
  }
  const effectiveDate = contract.endedOn;
  await c.db.transaction(async (tx) => {
    const settings = await exitSettings(tx, c.audit.at);
    const row = await insertTermination(tx, {
      id: uuidv7(),
      contractId: contract.id,
      kind: 'quality-failure',
      reason: '连续三个月接通率低于 85%，整改后仍未达到服务水平协议。',
      effectiveDate,
      settlementOwedToVendor: '45000.00',
      settlementOwedByVendor: '18000.00',
      settlementNote: '应付 9 月服务费扣除服务水平违约金。',
      finalReportDueOn: addDays(effectiveDate, settings.finalReportDays),
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.seed-termination',
      recordType: 'contract',
      recordId: contract.id,
      details: { terminationId: row.id, kind: row.kind, finalReportDueOn: row.finalReportDueOn },
    });
    await ensureHandoverItems(tx, c, contract.id);
  });
  const items = await ensureHandoverItems(c.db, c, contract.id);
  for (const item of items.filter((i) => i.code === 'access-revoked' || i.code === 'assets-returned')) {
    await updateHandoverItemState(c, contract.id, item.id, {
      version: item.version,
      done: true,
      note: item.code === 'access-revoked' ? '供应商 VPN 与坐席系统账号已全部注销。' : '耳麦与工牌已收回。',
    });
  }
  return true;
}

/**
 * The rest of the demo contracts' life, through the commands where they exist: review rounds with opinions, a
 * rejected milestone, an approved variation with its supplementary agreement, a renewal decision in approval, and
 * the terminated contract's handover (partly done) with its final report due. Needs the demo contracts and the
 * demo director, legal, finance and technical reviewer; idempotent (each part is skipped once present). Returns the
 * parts it added.
 */
export async function seedDemoContractLife(db: Db, clock: Clock, fallbackTimeZone: string): Promise<string[]> {
  const [director, legal, finance, technical] = await Promise.all(
    (['director', 'legal', 'finance', 'technical_reviewer'] as const).map((role) => demoActor(db, role)),
  );
  if (!director || !legal || !finance || !technical) return [];
  const audit = systemAuditContext(clock, 'seed-demo');
  const c: Context = {
    db,
    audit,
    actor: director,
    today: localDate(audit.at, await organisationTimeZone(db, fallbackTimeZone)),
  };
  const cast: DemoCast = { director, legal, finance };
  const reviewers = [legal, finance, technical];
  const added: string[] = [];
  const step = async (name: string, title: string, run: (contract: ContractRow) => Promise<boolean>) => {
    const contract = await findContractByTitle(db, title);
    if (contract && (await run(contract))) added.push(name);
  };
  await step('review rounds', '数据中心机房托管服务合同', (k) =>
    seedReviews(c, k, reviewers, [
      {
        status: 'disagreed',
        daysAgo: 12,
        opinions: [
          ['disagree', '数据返还与销毁条款缺少期限和证明要求，请补充。'],
          ['agree', null],
          ['agree-with-comments', '请在附件中写明机柜功率上限。'],
        ],
      },
      {
        status: 'open',
        daysAgo: 3,
        opinions: [
          ['agree-with-comments', '已补充，建议明确销毁证明格式。'],
          ['agree', null],
          [null, null],
        ],
      },
    ]),
  );
  await step('approved review round', '手机银行 App 开发外包合同', (k) =>
    seedReviews(c, k, reviewers, [
      {
        status: 'agreed',
        daysAgo: 6,
        opinions: [
          ['agree', null],
          ['agree', '预算已落实。'],
          ['agree', null],
        ],
      },
    ]),
  );
  await step('rejected milestone', '软件开发人员外包框架协议', (k) => seedRejectedMilestone(c, k));
  await step('variation S1', '数据库软件许可及技术支持合同', (k) => seedDemoVariation(c, cast, k));
  await step('renewal decision', '云主机租用服务合同', (k) => seedDemoRenewal(c, k));
  await step('termination and handover', '呼叫中心业务外包合同', (k) => seedTermination(c, k));
  return added;
}
