CREATE TABLE "re_evaluation_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" text NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"selection" jsonb NOT NULL,
	"template_id" text NOT NULL,
	"template_name" text NOT NULL,
	"template_version" integer NOT NULL,
	"scale" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"bands" jsonb NOT NULL,
	"evaluator_ids" uuid[] NOT NULL,
	"due_date" date NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "re_evaluation_sheets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"campaign_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" numeric(5, 2),
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "re_evaluation_vendors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"vendor_name" text NOT NULL,
	"vendor_reference" text NOT NULL,
	"vendor_tier" text NOT NULL,
	"score" numeric(5, 2),
	"grade" text
);
--> statement-breakpoint
CREATE TABLE "vendor_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" text NOT NULL,
	"vendor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"deadline" date,
	"amount" numeric(18, 2),
	"currency" text DEFAULT 'CNY' NOT NULL,
	"campaign_id" uuid,
	"grade" text,
	"department_id" uuid,
	"status" text DEFAULT 'in-approval' NOT NULL,
	"approval_id" uuid,
	"decided_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closing_note" text
);
--> statement-breakpoint
ALTER TABLE "re_evaluation_sheets" ADD CONSTRAINT "re_evaluation_sheets_campaign_id_re_evaluation_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."re_evaluation_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_evaluation_vendors" ADD CONSTRAINT "re_evaluation_vendors_campaign_id_re_evaluation_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."re_evaluation_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "re_evaluation_campaigns_reference_idx" ON "re_evaluation_campaigns" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "re_evaluation_campaigns_due_idx" ON "re_evaluation_campaigns" USING btree ("status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "re_evaluation_sheets_unique_idx" ON "re_evaluation_sheets" USING btree ("campaign_id","vendor_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "re_evaluation_sheets_evaluator_idx" ON "re_evaluation_sheets" USING btree ("evaluator_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "re_evaluation_vendors_pair_idx" ON "re_evaluation_vendors" USING btree ("campaign_id","vendor_id");--> statement-breakpoint
CREATE INDEX "re_evaluation_vendors_vendor_idx" ON "re_evaluation_vendors" USING btree ("vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_actions_reference_idx" ON "vendor_actions" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "vendor_actions_vendor_idx" ON "vendor_actions" USING btree ("vendor_id","created_at");--> statement-breakpoint
CREATE INDEX "vendor_actions_deadline_idx" ON "vendor_actions" USING btree ("status","deadline");