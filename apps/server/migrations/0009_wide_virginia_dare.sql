CREATE TABLE "sourcing_candidates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"sourcing_request_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"response_deadline" date NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "sourcing_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"candidate_id" uuid NOT NULL,
	"price" numeric(18, 2) NOT NULL,
	"currency" text NOT NULL,
	"file_ids" jsonb NOT NULL,
	"notes" text,
	"received_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sourcing_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"department_id" uuid NOT NULL,
	"background" text NOT NULL,
	"goals" text NOT NULL,
	"expected_outcome" text NOT NULL,
	"budget_amount" numeric(18, 2) NOT NULL,
	"budget_currency" text DEFAULT 'CNY' NOT NULL,
	"other_resources" text,
	"functional_needs" text,
	"service_level_needs" text,
	"outsourcing_category" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"risk_level" text DEFAULT 'medium' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approval_id" uuid,
	"awarded_vendor_id" uuid,
	"evaluation_id" uuid,
	"awarded_at" timestamp with time zone,
	"cancel_reason" text
);
--> statement-breakpoint
CREATE TABLE "sourcing_requirement_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sourcing_request_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"note" text,
	"items" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "sourcing_scopes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"sourcing_request_id" uuid NOT NULL,
	"objectives" text NOT NULL,
	"deliverables" jsonb NOT NULL,
	"in_scope" text NOT NULL,
	"out_of_scope" text NOT NULL,
	"milestones" jsonb NOT NULL,
	"wbs" jsonb NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "sourcing_candidates" ADD CONSTRAINT "sourcing_candidates_sourcing_request_id_sourcing_requests_id_fk" FOREIGN KEY ("sourcing_request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_proposals" ADD CONSTRAINT "sourcing_proposals_candidate_id_sourcing_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."sourcing_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_requirement_versions" ADD CONSTRAINT "sourcing_requirement_versions_sourcing_request_id_sourcing_requests_id_fk" FOREIGN KEY ("sourcing_request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_scopes" ADD CONSTRAINT "sourcing_scopes_sourcing_request_id_sourcing_requests_id_fk" FOREIGN KEY ("sourcing_request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_candidates_vendor_idx" ON "sourcing_candidates" USING btree ("sourcing_request_id","vendor_id");--> statement-breakpoint
CREATE INDEX "sourcing_proposals_candidate_idx" ON "sourcing_proposals" USING btree ("candidate_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_requests_reference_idx" ON "sourcing_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "sourcing_requests_status_idx" ON "sourcing_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "sourcing_requests_department_idx" ON "sourcing_requests" USING btree ("department_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_requirement_versions_number_idx" ON "sourcing_requirement_versions" USING btree ("sourcing_request_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_scopes_request_idx" ON "sourcing_scopes" USING btree ("sourcing_request_id");