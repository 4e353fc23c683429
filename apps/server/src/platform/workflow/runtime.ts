import type { Executor } from '../../db/client';
import type { AssigneeDirectory } from './assignee-directory';

/** What the engine needs from outside platform/: people (org module) and the organisation's time zone. */
export interface WorkflowRuntime {
  directory: AssigneeDirectory;
  timeZone(db: Executor): Promise<string>;
}

let current: WorkflowRuntime | undefined;

/**
 * Set by app wiring (registerWorkflow) before any approval starts. One per process: every app instance in a
 * process wires the same org directory, so the last one wins harmlessly.
 */
export function configureWorkflowRuntime(runtime: WorkflowRuntime): void {
  current = runtime;
}

export function workflowRuntime(): WorkflowRuntime {
  if (!current) throw new Error('the workflow engine is not configured (registerWorkflow was not called)');
  return current;
}
