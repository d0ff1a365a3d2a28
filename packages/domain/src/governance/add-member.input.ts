import { z } from "zod";
import { idSchema, nonEmptyText } from "../shared/common.schema.js";

export const addMemberInput = z.object({
  bodyId: idSchema,
  name: nonEmptyText(200),
  organisation: z.string().trim().max(200, { error: "L'organisme ne doit pas dépasser 200 caractères." }).optional(),
  /** In the body: "présidente", "membre", "secrétariat"… */
  role: z.string().trim().max(200, { error: "Le rôle ne doit pas dépasser 200 caractères." }).optional(),
  userId: idSchema.nullable().optional(),
});
export type AddMemberInput = z.infer<typeof addMemberInput>;

export const removeMemberInput = z.object({ bodyId: idSchema, memberId: idSchema });
export type RemoveMemberInput = z.infer<typeof removeMemberInput>;
