CREATE TABLE "contract_vendors" (
	"contract_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	CONSTRAINT "contract_vendors_contract_id_vendor_id_pk" PRIMARY KEY("contract_id","vendor_id")
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"vendor_id" uuid NOT NULL,
	"type" text NOT NULL,
	"outsourcing_category" text,
	"material" boolean DEFAULT false NOT NULL,
	"critical_function" boolean DEFAULT false NOT NULL,
	"department_id" uuid NOT NULL,
	"project_manager_id" uuid,
	"amount" numeric(18, 2) NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"tax_rate" numeric(5, 2),
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"auto_renewal" boolean DEFAULT false NOT NULL,
	"notice_period_days" integer DEFAULT 0 NOT NULL,
	"governing_law" text,
	"dispute_resolution" text,
	"dispute_body" text,
	"service_locations" text[] DEFAULT '{}' NOT NULL,
	"data_locations" text[] DEFAULT '{}' NOT NULL,
	"data_classification" text,
	"personal_information" boolean DEFAULT false NOT NULL,
	"subcontracting" text,
	"description" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"template_id" uuid,
	"template_version" integer,
	"sourcing_request_id" uuid,
	"parent_contract_id" uuid,
	"approval_id" uuid,
	"signed_on" date,
	"signed_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"ended_on" date,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "contract_vendors" ADD CONSTRAINT "contract_vendors_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_vendors_vendor_idx" ON "contract_vendors" USING btree ("vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_reference_idx" ON "contracts" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "contracts_status_end_idx" ON "contracts" USING btree ("status","end_date");--> statement-breakpoint
CREATE INDEX "contracts_vendor_idx" ON "contracts" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "contracts_department_idx" ON "contracts" USING btree ("department_id");