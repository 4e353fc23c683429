import type {
  ApprovalDetail,
  ApprovalSummary,
  ApprovalTask,
  TimelineAction,
} from '@thirdline/shared/workflow/workflow.schemas';
import type { Executor } from '../../db/client';
import type { Actor } from '../auth/actor';
import type { DirectoryPerson } from './assignee-directory';
import type { InboxRow } from './inbox.repository';
import { workflowRuntime } from './runtime';
import { approvalPermissions } from './workflow.policy';
import { eventsOfApproval, tasksOfApproval, type ApprovalRow, type TaskRow } from './workflow.repository';

type People = Map<string, DirectoryPerson>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function person(people: People, id: string) {
  return { id, displayName: people.get(id)?.displayName ?? id };
}

export function loadPeople(db: Executor, ids: Iterable<string | null>): Promise<People> {
  return workflowRuntime().directory.people(
    db,
    [...ids].filter((id): id is string => !!id),
  );
}

export function presentSummary(a: ApprovalRow, people: People): ApprovalSummary {
  const current = a.status === 'pending' || a.status === 'returned' ? a.currentStage : null;
  return {
    id: a.id,
    reference: a.reference,
    flowCode: a.flowCode,
    flowName: a.flowName,
    recordType: a.recordType,
    recordId: a.recordId,
    title: a.title,
    link: a.link,
    status: a.status as ApprovalSummary['status'],
    submitter: person(people, a.submitterId),
    currentStageName: current === null ? null : (a.stages[current]?.name ?? null),
    createdAt: a.createdAt.toISOString(),
    decidedAt: iso(a.decidedAt),
  };
}

const overdue = (t: Pick<TaskRow, 'status' | 'dueAt'>, now: Date) =>
  t.status === 'open' && !!t.dueAt && t.dueAt.getTime() < now.getTime();

/** The full approval: stages with their tasks, the timeline, and what the caller may do. */
export async function presentDetail(db: Executor, actor: Actor, a: ApprovalRow, now: Date): Promise<ApprovalDetail> {
  const [tasks, events] = await Promise.all([tasksOfApproval(db, a.id), eventsOfApproval(db, a.id)]);
  const people = await loadPeople(db, [
    a.submitterId,
    ...tasks.map((t) => t.assigneeId),
    ...events.map((e) => e.actorId),
  ]);
  return {
    ...presentSummary(a, people),
    stages: a.stages.map((stage, index) => ({
      index,
      key: stage.key,
      name: stage.name,
      mode: stage.mode,
      status: a.stageStates[index] ?? 'waiting',
      tasks: tasks
        .filter((t) => t.stageIndex === index)
        .map((t) => ({
          id: t.id,
          assignee: person(people, t.assigneeId),
          status: t.status as ApprovalDetail['stages'][number]['tasks'][number]['status'],
          comment: t.comment,
          decidedAt: iso(t.decidedAt),
          dueAt: iso(t.dueAt),
          overdue: overdue(t, now),
          exception: t.exception,
        })),
    })),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      actor: e.actorId ? person(people, e.actorId) : null,
      action: e.action as TimelineAction,
      stageName: e.stageIndex === null ? null : (a.stages[e.stageIndex]?.name ?? null),
      comment: e.comment,
    })),
    permissions: approvalPermissions(actor, a),
  };
}

export function presentTask(row: InboxRow, people: People, now: Date): ApprovalTask {
  const { task: t, approval: a } = row;
  return {
    id: t.id,
    approvalId: a.id,
    reference: a.reference,
    title: a.title,
    link: a.link,
    recordType: a.recordType,
    flowName: a.flowName,
    stageName: a.stages[t.stageIndex]?.name ?? { zh: '', en: '' },
    submitter: person(people, a.submitterId),
    status: t.status as ApprovalTask['status'],
    dueAt: iso(t.dueAt),
    overdue: overdue(t, now),
    createdAt: t.createdAt.toISOString(),
    decidedAt: iso(t.decidedAt),
    exception: t.exception,
    permissions: t.status === 'open' ? ['decide'] : [],
  };
}
