import { z } from "zod";
export { bodyKindLabels } from "../labels/index.js";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

/** The bodies a programme's governance relies on; a working group is any narrower, thematic body. */
export const bodyKinds = ["steering_committee", "technical_committee", "selection_committee", "working_group"] as const;
export const bodyKindSchema = z.enum(bodyKinds, {
  error: "Type d'instance inconnu : comité de pilotage, comité technique, comité de sélection ou groupe de travail.",
});
export type BodyKind = z.infer<typeof bodyKindSchema>;

export const governanceBodySchema = z.object({
  id: idSchema,
  programmeId: idSchema,
  kind: bodyKindSchema,
  name: nonEmptyText(200),
  description: z.string(),
  version: versionSchema,
});
export type GovernanceBody = z.infer<typeof governanceBodySchema>;

/** A member is named by organisation and role; `userId` ties them to a platform account when they have one. */
export const bodyMemberSchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  name: nonEmptyText(200),
  organisation: z.string(),
  role: z.string(),
  userId: idSchema.nullable(),
});
export type BodyMember = z.infer<typeof bodyMemberSchema>;

/** The fields an officer writes, whose changes the history keeps. */
export const governanceBodyFields = [
  "kind",
  "name",
  "description",
] as const satisfies readonly (keyof GovernanceBody)[];
