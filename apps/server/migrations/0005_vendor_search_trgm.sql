-- Trigram matching for the vendor search (`q`: ILIKE '%…%' over name, English name, short name, USCC).
-- pg_trgm is a trusted extension (PostgreSQL 13+); PGlite loads it from @electric-sql/pglite/contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
