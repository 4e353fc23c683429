CREATE TABLE "approval_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"approval_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"stage_index" integer,
	"task_id" uuid,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "approval_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"approval_id" uuid NOT NULL,
	"stage_index" integer NOT NULL,
	"assignee_id" uuid NOT NULL,
	"status" text NOT NULL,
	"exception" boolean DEFAULT false NOT NULL,
	"escalation" boolean DEFAULT false NOT NULL,
	"comment" text,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" text NOT NULL,
	"definition_id" uuid NOT NULL,
	"flow_code" text NOT NULL,
	"flow_name" jsonb NOT NULL,
	"stages" jsonb NOT NULL,
	"stage_states" jsonb NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"title" text NOT NULL,
	"link" text NOT NULL,
	"submitter_id" uuid NOT NULL,
	"department_id" uuid,
	"context" jsonb NOT NULL,
	"status" text NOT NULL,
	"current_stage" integer,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_path" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "workflow_definitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"record_type" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"stages" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "approval_events" ADD CONSTRAINT "approval_events_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_tasks" ADD CONSTRAINT "approval_tasks_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_events_approval_idx" ON "approval_events" USING btree ("approval_id","at","id");--> statement-breakpoint
CREATE INDEX "approval_tasks_inbox_idx" ON "approval_tasks" USING btree ("assignee_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "approval_tasks_approval_idx" ON "approval_tasks" USING btree ("approval_id","stage_index");--> statement-breakpoint
CREATE INDEX "approval_tasks_due_idx" ON "approval_tasks" USING btree ("due_at") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "approvals_reference_idx" ON "approvals" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "approvals_submitter_idx" ON "approvals" USING btree ("submitter_id","created_at");--> statement-breakpoint
CREATE INDEX "approvals_record_idx" ON "approvals" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "approvals_status_idx" ON "approvals" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "approvals_one_running_idx" ON "approvals" USING btree ("record_type","record_id") WHERE status in ('pending', 'returned');--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_definitions_code_idx" ON "workflow_definitions" USING btree ("code");