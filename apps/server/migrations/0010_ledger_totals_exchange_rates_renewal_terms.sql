CREATE TABLE "contract_ledger_totals" (
	"status" text NOT NULL,
	"currency" text NOT NULL,
	"contracts" integer DEFAULT 0 NOT NULL,
	"amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"paid" numeric(18, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "contract_ledger_totals_status_currency_pk" PRIMARY KEY("status","currency")
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"currency" text PRIMARY KEY NOT NULL,
	"rate_to_cny" numeric(18, 6),
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
DROP INDEX "contracts_department_idx";--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD COLUMN "new_end_date" date;--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD COLUMN "new_amount" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD COLUMN "terms_before" jsonb;--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD COLUMN "terms_after" jsonb;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD COLUMN "budget_rate_to_cny" numeric(18, 6);--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD COLUMN "budget_amount_cny" numeric(28, 2);--> statement-breakpoint
CREATE INDEX "contracts_created_idx" ON "contracts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "contracts_status_created_idx" ON "contracts" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "contracts_amount_idx" ON "contracts" USING btree ("amount");--> statement-breakpoint
CREATE INDEX "contracts_type_amount_idx" ON "contracts" USING btree ("type","amount");--> statement-breakpoint
CREATE INDEX "contracts_department_idx" ON "contracts" USING btree ("department_id","created_at","id");