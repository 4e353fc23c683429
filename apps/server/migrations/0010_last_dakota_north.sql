CREATE TABLE "contract_ledger_totals" (
	"status" text NOT NULL,
	"currency" text NOT NULL,
	"contracts" integer DEFAULT 0 NOT NULL,
	"amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"paid" numeric(18, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "contract_ledger_totals_status_currency_pk" PRIMARY KEY("status","currency")
);
--> statement-breakpoint
DROP INDEX "contracts_department_idx";--> statement-breakpoint
CREATE INDEX "contracts_created_idx" ON "contracts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "contracts_status_created_idx" ON "contracts" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "contracts_amount_idx" ON "contracts" USING btree ("amount");--> statement-breakpoint
CREATE INDEX "contracts_type_amount_idx" ON "contracts" USING btree ("type","amount");--> statement-breakpoint
CREATE INDEX "contracts_department_idx" ON "contracts" USING btree ("department_id","created_at","id");