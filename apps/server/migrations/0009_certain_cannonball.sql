CREATE TABLE "contract_exit_settings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"final_report_days" integer NOT NULL,
	"handover_items" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_handover_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"code" text,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"evidence_file_id" uuid,
	"note" text,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE TABLE "contract_renewal_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"end_date" date NOT NULL,
	"status" text NOT NULL,
	"approval_id" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contract_terminations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"effective_date" date NOT NULL,
	"settlement_owed_to_vendor" numeric(18, 2) NOT NULL,
	"settlement_owed_by_vendor" numeric(18, 2) NOT NULL,
	"settlement_note" text,
	"final_report_due_on" date NOT NULL,
	"final_report" text,
	"final_report_file_id" uuid,
	"final_report_submitted_at" timestamp with time zone,
	"final_report_submitted_on" date
);
--> statement-breakpoint
CREATE TABLE "contract_variations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"supplement_number" integer,
	"supplement_reference" text,
	"reason" text NOT NULL,
	"content" text NOT NULL,
	"impact" text DEFAULT '' NOT NULL,
	"new_amount" numeric(18, 2),
	"new_start_date" date,
	"new_end_date" date,
	"new_notice_period_days" integer,
	"status" text NOT NULL,
	"opinions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approval_id" uuid,
	"terms_before" jsonb NOT NULL,
	"terms_after" jsonb,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "contract_handover_items" ADD CONSTRAINT "contract_handover_items_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD CONSTRAINT "contract_renewal_decisions_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_terminations" ADD CONSTRAINT "contract_terminations_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_variations" ADD CONSTRAINT "contract_variations_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_handover_items_contract_idx" ON "contract_handover_items" USING btree ("contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_renewal_decisions_contract_idx" ON "contract_renewal_decisions" USING btree ("contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_terminations_contract_idx" ON "contract_terminations" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "contract_terminations_report_due_idx" ON "contract_terminations" USING btree ("final_report_due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_variations_number_idx" ON "contract_variations" USING btree ("contract_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_variations_supplement_idx" ON "contract_variations" USING btree ("supplement_reference");