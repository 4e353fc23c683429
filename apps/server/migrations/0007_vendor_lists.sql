CREATE TABLE "vendor_list_values" (
	"list" text NOT NULL,
	"code" text NOT NULL,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	CONSTRAINT "vendor_list_values_list_code_pk" PRIMARY KEY("list","code")
);
--> statement-breakpoint
CREATE TABLE "vendor_lists" (
	"list" text PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "vendor_list_values" ADD CONSTRAINT "vendor_list_values_list_vendor_lists_list_fk" FOREIGN KEY ("list") REFERENCES "public"."vendor_lists"("list") ON DELETE no action ON UPDATE no action;