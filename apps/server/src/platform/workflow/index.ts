// The workflow engine's public surface for modules and app wiring (platform/workflow, issue 5).
import type { FastifyInstance } from 'fastify';
import type { Db, Executor } from '../../db/client';
import type { Clock } from '../calendar/clock';
import type { DueItemRegistry } from '../jobs/due-items';
import type { AssigneeDirectory } from './assignee-directory';
import { registerApprovalRoutes } from './approvals.routes';
import { registerDefinitionRoutes } from './definitions.routes';
import { approvalTaskDueKind } from './escalation';
import { configureWorkflowRuntime } from './runtime';
import { registerTaskRoutes } from './tasks.routes';
import { findRunningApproval, findRunningApprovalIds } from './workflow.repository';

export { startApproval, type StartApprovalInput } from './engine';
export {
  workflowEvents,
  type ApprovalOutcome,
  type ApprovalStep,
  type OutcomeEvent,
  type OutcomeHandler,
  type StepEvent,
  type StepHandler,
} from './events';
export { resubmitReturnedApproval } from './resume';
export { seedWorkflowDefinitions, DEFAULT_AMOUNT_THRESHOLD } from './default-definitions';
export type { AssigneeDirectory, DirectoryPerson } from './assignee-directory';
export { workflowRecordReaders } from './workflow.policy';
export { configureWorkflowRuntime } from './runtime';

export interface WorkflowDeps {
  db: Db;
  clock: Clock;
  directory: AssigneeDirectory;
  timeZone(db: Executor): Promise<string>;
  dueItems?: DueItemRegistry;
}

/** Wires the engine (people, time zone), its routes, and the due-item kind that reminds and escalates. */
export function registerWorkflow(app: FastifyInstance, deps: WorkflowDeps): void {
  configureWorkflowRuntime({ directory: deps.directory, timeZone: deps.timeZone });
  registerApprovalRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerDefinitionRoutes(app, deps);
  deps.dueItems?.register(approvalTaskDueKind);
}

/** The id of the record's pending or returned approval, if any (e.g. a vendor's `pendingApprovalId`). */
export async function runningApprovalId(db: Executor, recordType: string, recordId: string): Promise<string | null> {
  return (await findRunningApproval(db, recordType, recordId))?.id ?? null;
}

/** Running approval ids by record id, for lists (one query). */
export async function runningApprovalIds(
  db: Executor,
  recordType: string,
  recordIds: readonly string[],
): Promise<Map<string, string>> {
  return findRunningApprovalIds(db, recordType, recordIds);
}
