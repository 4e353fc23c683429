DROP INDEX "approval_tasks_inbox_idx";--> statement-breakpoint
CREATE INDEX "vendors_search_trgm_idx" ON "vendors" USING gin (("name" || ' ' || coalesce("english_name", '') || ' ' || coalesce("short_name", '') || ' ' || "uscc") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "approval_tasks_inbox_idx" ON "approval_tasks" USING btree ("assignee_id","status","created_at","id");