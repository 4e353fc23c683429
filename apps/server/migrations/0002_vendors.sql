CREATE TABLE "vendor_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"vendor_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"phone" text,
	"email" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "vendor_due_diligence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"vendor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"performed_on" date NOT NULL,
	"performed_by" text,
	"findings" text,
	"conclusion" text NOT NULL,
	"follow_up_conditions" text,
	"valid_until" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_financials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"vendor_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"revenue" numeric(18, 2),
	"net_profit" numeric(18, 2),
	"total_assets" numeric(18, 2),
	"total_liabilities" numeric(18, 2),
	"audited" boolean DEFAULT false NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "vendor_qualifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"vendor_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text,
	"number" text,
	"issuer" text,
	"valid_from" date,
	"valid_to" date,
	"mandatory" boolean DEFAULT false NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "vendor_references" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"vendor_id" uuid NOT NULL,
	"client" text NOT NULL,
	"project" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"value" numeric(18, 2),
	"currency" text DEFAULT 'CNY' NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "vendor_subcontractors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"vendor_id" uuid NOT NULL,
	"subcontractor_id" uuid NOT NULL,
	"service" text NOT NULL,
	"supports_critical_service" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_violations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"vendor_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"source" text,
	"closed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"english_name" text,
	"short_name" text,
	"uscc" text NOT NULL,
	"lei" text,
	"country" text DEFAULT 'CN' NOT NULL,
	"registered_address" text,
	"registered_capital" numeric(18, 2),
	"registered_capital_currency" text DEFAULT 'CNY' NOT NULL,
	"established_on" date,
	"legal_representative" text,
	"business_scope" text,
	"website" text,
	"type" text NOT NULL,
	"outsourcing_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_channel" text,
	"tier" text DEFAULT 'medium' NOT NULL,
	"tier_reason" text,
	"department_id" uuid,
	"relationship_manager_id" uuid,
	"status" text DEFAULT 'candidate' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "vendor_contacts" ADD CONSTRAINT "vendor_contacts_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_due_diligence" ADD CONSTRAINT "vendor_due_diligence_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_financials" ADD CONSTRAINT "vendor_financials_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_qualifications" ADD CONSTRAINT "vendor_qualifications_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_references" ADD CONSTRAINT "vendor_references_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_subcontractors" ADD CONSTRAINT "vendor_subcontractors_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_subcontractors" ADD CONSTRAINT "vendor_subcontractors_subcontractor_id_vendors_id_fk" FOREIGN KEY ("subcontractor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_violations" ADD CONSTRAINT "vendor_violations_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vendor_contacts_vendor_idx" ON "vendor_contacts" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_due_diligence_vendor_idx" ON "vendor_due_diligence" USING btree ("vendor_id","valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_financials_vendor_year_idx" ON "vendor_financials" USING btree ("vendor_id","year");--> statement-breakpoint
CREATE INDEX "vendor_qualifications_vendor_idx" ON "vendor_qualifications" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_qualifications_valid_to_idx" ON "vendor_qualifications" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "vendor_references_vendor_idx" ON "vendor_references" USING btree ("vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_subcontractors_pair_idx" ON "vendor_subcontractors" USING btree ("vendor_id","subcontractor_id");--> statement-breakpoint
CREATE INDEX "vendor_subcontractors_sub_idx" ON "vendor_subcontractors" USING btree ("subcontractor_id");--> statement-breakpoint
CREATE INDEX "vendor_violations_vendor_idx" ON "vendor_violations" USING btree ("vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendors_reference_idx" ON "vendors" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "vendors_uscc_idx" ON "vendors" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "vendors_name_key_idx" ON "vendors" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "vendors_name_idx" ON "vendors" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "vendors_created_at_idx" ON "vendors" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "vendors_status_idx" ON "vendors" USING btree ("status");--> statement-breakpoint
CREATE INDEX "vendors_department_idx" ON "vendors" USING btree ("department_id");