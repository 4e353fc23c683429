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
CREATE TABLE "contract_access_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"user_id" uuid,
	"role" text,
	"expires_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "contract_document_opens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"user_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"via" text NOT NULL,
	"grant_id" uuid
);
--> statement-breakpoint
CREATE TABLE "contract_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "contract_signings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"signatories" jsonb NOT NULL,
	"signed_copy_document_id" uuid NOT NULL,
	"override_reason" text,
	"overridden_conditions" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_check_schedules" (
	"contract_id" uuid PRIMARY KEY NOT NULL,
	"interval_months" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "contract_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"checked_on" date NOT NULL,
	"checker_id" uuid NOT NULL,
	"findings" text NOT NULL,
	"follow_ups" text
);
--> statement-breakpoint
CREATE TABLE "contract_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"due_date" date NOT NULL,
	"planned_amount" numeric(18, 2),
	"planned_payment_date" date,
	"delivered_on" date,
	"acceptance_result" text,
	"accepted_on" date,
	"acceptance_reasons" text,
	"acceptance_file_ids" uuid[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_payment_totals" (
	"contract_id" uuid PRIMARY KEY NOT NULL,
	"paid" numeric(18, 2) DEFAULT '0' NOT NULL,
	"payments" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"milestone_id" uuid,
	"invoice_number" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"paid_on" date NOT NULL,
	"approver_id" uuid NOT NULL,
	"note" text,
	"override_reason" text
);
--> statement-breakpoint
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
ALTER TABLE "contract_checklist_items" ADD CONSTRAINT "contract_checklist_items_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_checklist_items" ADD CONSTRAINT "contract_checklist_items_clause_id_contract_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."contract_clauses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_checklists" ADD CONSTRAINT "contract_checklists_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_review_rounds" ADD CONSTRAINT "contract_review_rounds_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_reviews" ADD CONSTRAINT "contract_reviews_round_id_contract_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contract_review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_template_versions" ADD CONSTRAINT "contract_template_versions_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_access_grants" ADD CONSTRAINT "contract_access_grants_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_document_opens" ADD CONSTRAINT "contract_document_opens_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_document_opens" ADD CONSTRAINT "contract_document_opens_document_id_contract_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."contract_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_signings" ADD CONSTRAINT "contract_signings_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_signings" ADD CONSTRAINT "contract_signings_signed_copy_document_id_contract_documents_id_fk" FOREIGN KEY ("signed_copy_document_id") REFERENCES "public"."contract_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_check_schedules" ADD CONSTRAINT "contract_check_schedules_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_checks" ADD CONSTRAINT "contract_checks_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_milestones" ADD CONSTRAINT "contract_milestones_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_payment_totals" ADD CONSTRAINT "contract_payment_totals_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_payments" ADD CONSTRAINT "contract_payments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_payments" ADD CONSTRAINT "contract_payments_milestone_id_contract_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."contract_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_handover_items" ADD CONSTRAINT "contract_handover_items_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD CONSTRAINT "contract_renewal_decisions_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_terminations" ADD CONSTRAINT "contract_terminations_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_variations" ADD CONSTRAINT "contract_variations_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_candidates" ADD CONSTRAINT "sourcing_candidates_sourcing_request_id_sourcing_requests_id_fk" FOREIGN KEY ("sourcing_request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_proposals" ADD CONSTRAINT "sourcing_proposals_candidate_id_sourcing_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."sourcing_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_requirement_versions" ADD CONSTRAINT "sourcing_requirement_versions_sourcing_request_id_sourcing_requests_id_fk" FOREIGN KEY ("sourcing_request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_scopes" ADD CONSTRAINT "sourcing_scopes_sourcing_request_id_sourcing_requests_id_fk" FOREIGN KEY ("sourcing_request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_sheet_id_evaluation_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."evaluation_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_sheet_id_evaluation_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."evaluation_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheets" ADD CONSTRAINT "evaluation_sheets_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_vendors" ADD CONSTRAINT "evaluation_vendors_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_template_versions" ADD CONSTRAINT "evaluation_template_versions_template_id_evaluation_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."evaluation_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_evaluation_sheets" ADD CONSTRAINT "re_evaluation_sheets_campaign_id_re_evaluation_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."re_evaluation_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_evaluation_vendors" ADD CONSTRAINT "re_evaluation_vendors_campaign_id_re_evaluation_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."re_evaluation_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_clauses_code_idx" ON "contract_clauses" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_review_rounds_number_idx" ON "contract_review_rounds" USING btree ("contract_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_reviews_round_kind_idx" ON "contract_reviews" USING btree ("round_id","kind");--> statement-breakpoint
CREATE INDEX "contract_reviews_reviewer_idx" ON "contract_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "contract_reviews_contract_idx" ON "contract_reviews" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "contract_access_grants_contract_idx" ON "contract_access_grants" USING btree ("contract_id","expires_at");--> statement-breakpoint
CREATE INDEX "contract_document_opens_contract_idx" ON "contract_document_opens" USING btree ("contract_id","opened_at");--> statement-breakpoint
CREATE INDEX "contract_documents_contract_idx" ON "contract_documents" USING btree ("contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_documents_file_idx" ON "contract_documents" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_signings_contract_idx" ON "contract_signings" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "contract_checks_contract_idx" ON "contract_checks" USING btree ("contract_id","checked_on");--> statement-breakpoint
CREATE INDEX "contract_milestones_contract_idx" ON "contract_milestones" USING btree ("contract_id","due_date");--> statement-breakpoint
CREATE INDEX "contract_payments_contract_idx" ON "contract_payments" USING btree ("contract_id","paid_on");--> statement-breakpoint
CREATE INDEX "contract_payments_paid_on_idx" ON "contract_payments" USING btree ("paid_on");--> statement-breakpoint
CREATE INDEX "contract_payments_milestone_idx" ON "contract_payments" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "contract_handover_items_contract_idx" ON "contract_handover_items" USING btree ("contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_renewal_decisions_contract_idx" ON "contract_renewal_decisions" USING btree ("contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_terminations_contract_idx" ON "contract_terminations" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "contract_terminations_report_due_idx" ON "contract_terminations" USING btree ("final_report_due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_variations_number_idx" ON "contract_variations" USING btree ("contract_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_variations_supplement_idx" ON "contract_variations" USING btree ("supplement_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_candidates_vendor_idx" ON "sourcing_candidates" USING btree ("sourcing_request_id","vendor_id");--> statement-breakpoint
CREATE INDEX "sourcing_proposals_candidate_idx" ON "sourcing_proposals" USING btree ("candidate_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_requests_reference_idx" ON "sourcing_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "sourcing_requests_status_idx" ON "sourcing_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "sourcing_requests_department_idx" ON "sourcing_requests" USING btree ("department_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_requirement_versions_number_idx" ON "sourcing_requirement_versions" USING btree ("sourcing_request_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_scopes_request_idx" ON "sourcing_scopes" USING btree ("sourcing_request_id");--> statement-breakpoint
CREATE INDEX "evaluation_scores_evaluation_idx" ON "evaluation_scores" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_sheets_evaluator_idx" ON "evaluation_sheets" USING btree ("evaluation_id","evaluator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_reference_idx" ON "evaluations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "evaluations_sourcing_request_idx" ON "evaluations" USING btree ("sourcing_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_templates_code_idx" ON "evaluation_templates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "re_evaluation_campaigns_reference_idx" ON "re_evaluation_campaigns" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "re_evaluation_campaigns_due_idx" ON "re_evaluation_campaigns" USING btree ("status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "re_evaluation_sheets_unique_idx" ON "re_evaluation_sheets" USING btree ("campaign_id","vendor_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "re_evaluation_sheets_evaluator_idx" ON "re_evaluation_sheets" USING btree ("evaluator_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "re_evaluation_vendors_pair_idx" ON "re_evaluation_vendors" USING btree ("campaign_id","vendor_id");--> statement-breakpoint
CREATE INDEX "re_evaluation_vendors_vendor_idx" ON "re_evaluation_vendors" USING btree ("vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_actions_reference_idx" ON "vendor_actions" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "vendor_actions_vendor_idx" ON "vendor_actions" USING btree ("vendor_id","created_at");--> statement-breakpoint
CREATE INDEX "vendor_actions_deadline_idx" ON "vendor_actions" USING btree ("status","deadline");