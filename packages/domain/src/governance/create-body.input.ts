import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { bodyKindSchema } from "./governance-body.schema.js";

const description = z.string().trim().max(2000, { error: "La description ne doit pas dépasser 2000 caractères." });

export const createBodyInput = z.object({
  programmeId: idSchema,
  kind: bodyKindSchema,
  name: nonEmptyText(200),
  description: description.optional(),
});
export type CreateBodyInput = z.infer<typeof createBodyInput>;

/** A body stays in its programme: its meetings and decisions are about that programme's projects. No defaults. */
export const updateBodyInput = z.object({
  id: idSchema,
  version: versionSchema,
  kind: bodyKindSchema.optional(),
  name: nonEmptyText(200).optional(),
  description: description.optional(),
});
export type UpdateBodyInput = z.infer<typeof updateBodyInput>;

export const bodiesInput = z.object({ programmeId: idSchema.optional() }).optional();
export type BodiesInput = z.infer<typeof bodiesInput>;

export const bodyInput = z.object({ id: idSchema });
export type BodyInput = z.infer<typeof bodyInput>;
