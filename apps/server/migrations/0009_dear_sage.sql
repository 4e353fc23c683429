CREATE TABLE "contract_checklist_items" (
	"contract_id" uuid NOT NULL,
	"clause_id" uuid NOT NULL,
	"status" text DEFAULT 'absent' NOT NULL,
	"reference" text,
	"note" text,
	CONSTRAINT "contract_checklist_items_contract_id_clause_id_pk" PRIMARY KEY("contract_id","clause_id")
);
--> statement-breakpoint
CREATE TABLE "contract_checklists" (
	"contract_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "contract_clauses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"category" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"text_zh" text DEFAULT '' NOT NULL,
	"text_en" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"mandatory_types" text[] DEFAULT '{}' NOT NULL,
	"mandatory_if_material" boolean DEFAULT false NOT NULL,
	"mandatory_if_critical" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_review_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"closed_at" timestamp with time zone,
	"approval_id" uuid
);
--> statement-breakpoint
CREATE TABLE "contract_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"opinion" text,
	"comments" text,
	"file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contract_template_versions" (
	"template_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"body" text NOT NULL,
	"file_id" uuid,
	"change_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "contract_template_versions_template_id_version_pk" PRIMARY KEY("template_id","version")
);
--> statement-breakpoint
CREATE TABLE "contract_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contract_checklist_items" ADD CONSTRAINT "contract_checklist_items_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_checklist_items" ADD CONSTRAINT "contract_checklist_items_clause_id_contract_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."contract_clauses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_checklists" ADD CONSTRAINT "contract_checklists_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_review_rounds" ADD CONSTRAINT "contract_review_rounds_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_reviews" ADD CONSTRAINT "contract_reviews_round_id_contract_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contract_review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_template_versions" ADD CONSTRAINT "contract_template_versions_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_clauses_code_idx" ON "contract_clauses" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_review_rounds_number_idx" ON "contract_review_rounds" USING btree ("contract_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_reviews_round_kind_idx" ON "contract_reviews" USING btree ("round_id","kind");--> statement-breakpoint
CREATE INDEX "contract_reviews_reviewer_idx" ON "contract_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "contract_reviews_contract_idx" ON "contract_reviews" USING btree ("contract_id");