import { z } from 'zod';

/** Optional multipart fields of `POST /files` that attach the file to a record. */
export const fileUploadFieldsSchema = z
  .strictObject({
    recordType: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9-]{0,49}$/, 'must be a record type such as "vendor"')
      .optional(),
    recordId: z.string().trim().min(1).max(200).optional(),
  })
  .refine((f) => (f.recordType === undefined) === (f.recordId === undefined), {
    path: ['recordId'],
    message: 'recordType and recordId go together',
  });
export type FileUploadFields = z.infer<typeof fileUploadFieldsSchema>;

export const fileSchema = z.object({
  id: z.uuid(),
  originalName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
});
export type FileRecord = z.infer<typeof fileSchema>;

export const fileIdParamsSchema = z.strictObject({ id: z.uuid() });
