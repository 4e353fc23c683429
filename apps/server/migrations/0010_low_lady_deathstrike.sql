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
ALTER TABLE "sourcing_requests" ADD COLUMN "budget_rate_to_cny" numeric(18, 6);--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD COLUMN "budget_amount_cny" numeric(28, 2);