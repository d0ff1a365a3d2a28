import { z } from "zod";
export { actionItemStatusLabels } from "../labels/index.js";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const actionItemStatuses = ["open", "done", "cancelled"] as const;
export const actionItemStatusSchema = z.enum(actionItemStatuses, {
  error: "Statut inconnu : à faire, faite ou abandonnée.",
});
export type ActionItemStatus = z.infer<typeof actionItemStatusSchema>;

/** A follow-up decided in a meeting (relevé de décisions), maybe about one project of the programme. */
export const actionItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  projectId: idSchema.nullable(),
  title: nonEmptyText(300),
  owner: nonEmptyText(200),
  dueOn: isoDateSchema,
  status: actionItemStatusSchema,
  version: versionSchema,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** The fields an officer writes, whose changes the history keeps. */
export const actionItemFields = [
  "title",
  "owner",
  "dueOn",
  "status",
  "projectId",
] as const satisfies readonly (keyof ActionItem)[];
