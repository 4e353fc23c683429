CREATE TABLE "vendor_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"headers" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"parsed" jsonb,
	"row_errors" jsonb NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"contacts" integer DEFAULT 0 NOT NULL,
	"first_reference" text,
	"last_reference" text,
	"failure" text,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "vendor_imports_created_by_idx" ON "vendor_imports" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "vendors_search_trgm_idx" ON "vendors" USING gin (("name" || ' ' || coalesce("english_name", '') || ' ' || coalesce("short_name", '') || ' ' || "uscc") gin_trgm_ops);