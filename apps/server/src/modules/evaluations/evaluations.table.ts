// The evaluations module's tables (db/schema.ts re-exports this file).
export * from './templates/templates.table';
