CREATE TABLE "evaluation_conflicts" (
	"sheet_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "evaluation_conflicts_sheet_id_vendor_id_pk" PRIMARY KEY("sheet_id","vendor_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_scores" (
	"evaluation_id" uuid NOT NULL,
	"sheet_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"score" double precision NOT NULL,
	"comment" text,
	CONSTRAINT "evaluation_scores_sheet_id_vendor_id_criterion_id_pk" PRIMARY KEY("sheet_id","vendor_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_sheets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"department_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"declared_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"reopen_reason" text
);
--> statement-breakpoint
CREATE TABLE "evaluation_vendors" (
	"evaluation_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"price" numeric(18, 2),
	"currency" text DEFAULT 'CNY' NOT NULL,
	"strengths" text,
	"weaknesses" text,
	CONSTRAINT "evaluation_vendors_evaluation_id_vendor_id_pk" PRIMARY KEY("evaluation_id","vendor_id")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"sourcing_request_id" uuid,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"template_name" text NOT NULL,
	"scale" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"chair_id" uuid NOT NULL,
	"department_id" uuid,
	"min_panel_departments" integer DEFAULT 2 NOT NULL,
	"outlier_threshold" double precision NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"recommended_vendor_id" uuid,
	"recommendation_reason" text,
	"recommended_at" timestamp with time zone,
	"approval_id" uuid,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_template_versions" (
	"template_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"scale" text NOT NULL,
	"level_descriptors" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "evaluation_template_versions_template_id_version_pk" PRIMARY KEY("template_id","version")
);
--> statement-breakpoint
CREATE TABLE "evaluation_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"description" text,
	"scale" text NOT NULL,
	"level_descriptors" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_sheet_id_evaluation_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."evaluation_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_sheet_id_evaluation_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."evaluation_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheets" ADD CONSTRAINT "evaluation_sheets_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_vendors" ADD CONSTRAINT "evaluation_vendors_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_template_versions" ADD CONSTRAINT "evaluation_template_versions_template_id_evaluation_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."evaluation_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_scores_evaluation_idx" ON "evaluation_scores" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_sheets_evaluator_idx" ON "evaluation_sheets" USING btree ("evaluation_id","evaluator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_reference_idx" ON "evaluations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "evaluations_sourcing_request_idx" ON "evaluations" USING btree ("sourcing_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_templates_code_idx" ON "evaluation_templates" USING btree ("code");