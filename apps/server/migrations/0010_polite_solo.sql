ALTER TABLE "contract_renewal_decisions" ADD COLUMN "new_end_date" date;--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD COLUMN "new_amount" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD COLUMN "terms_before" jsonb;--> statement-breakpoint
ALTER TABLE "contract_renewal_decisions" ADD COLUMN "terms_after" jsonb;