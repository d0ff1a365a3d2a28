import { z } from "zod";
export { updateStatusLabels } from "../labels/index.js";
import { idSchema, versionSchema } from "../shared/common.schema.js";
import { projectStatusSchema } from "../projects/project.schema.js";

export const updateStatuses = ["draft", "submitted", "approved", "returned"] as const;
export const updateStatusSchema = z.enum(updateStatuses);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const projectUpdateSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  title: z.string(),
  body: z.string(),
  proposedStatus: projectStatusSchema.nullable(),
  status: updateStatusSchema,
  reviewComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: versionSchema,
});
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;
