import { z } from 'zod';
import { plainText } from '../http/text.schemas';

/** A list's filters saved under a name, per user (e.g. "我负责的关键供应商" on the vendor list). */
export const MAX_SAVED_FILTERS_PER_LIST = 50;

export const savedFilterListSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,49}$/, 'Use lower-case letters, digits and hyphens.');

export const savedFilterQuerySchema = z
  .string()
  .max(2000)
  .refine((v) => !v.includes('\u0000'), 'Must not contain NUL characters.')
  .refine((v) => {
    const params = new URLSearchParams(v);
    return !params.has('page') && !params.has('pageSize');
  }, 'Must not contain paging parameters.');

export const createSavedFilterSchema = z.strictObject({
  list: savedFilterListSchema,
  name: plainText(1, 60),
  /** The list's query string without paging, e.g. `status=approved&tier=critical`. */
  query: savedFilterQuerySchema,
});
export type CreateSavedFilterRequest = z.infer<typeof createSavedFilterSchema>;

export const savedFiltersQuerySchema = z.strictObject({ list: savedFilterListSchema });
export const savedFilterIdParamsSchema = z.strictObject({ id: z.uuid() });

export const savedFilterSchema = z.object({
  id: z.uuid(),
  list: z.string(),
  name: z.string(),
  query: z.string(),
  createdAt: z.iso.datetime(),
});
export type SavedFilter = z.infer<typeof savedFilterSchema>;
export const savedFilterArraySchema = z.array(savedFilterSchema);
