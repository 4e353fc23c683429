import { z } from 'zod';

/** Query of every list endpoint: `?page=1&pageSize=20&sort=-createdAt&q=…`. */
export function listQuerySchema<const S extends readonly [string, ...string[]]>(sortFields: S) {
  const sortValues = sortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.strictObject({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    sort: z.enum(sortValues).optional(),
    // No NUL: PostgreSQL cannot compare with it (it would be a 500, not the client's 400).
    q: z
      .string()
      .trim()
      .max(200)
      .refine((v) => !v.includes('\u0000'), 'Must not contain NUL characters.')
      .optional(),
  });
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
