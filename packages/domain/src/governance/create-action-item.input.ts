import { z } from "zod";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { actionItemStatusSchema } from "./action-item.schema.js";

const actionItemContent = {
  title: nonEmptyText(300),
  owner: nonEmptyText(200),
  dueOn: isoDateSchema,
  status: actionItemStatusSchema,
  projectId: idSchema.nullable(),
};

export const createActionItemInput = z
  .object({ meetingId: idSchema, ...actionItemContent })
  .partial({ status: true, projectId: true });
export type CreateActionItemInput = z.infer<typeof createActionItemInput>;

/** Only the fields sent change; no defaults. An item stays with the meeting that decided it. */
export const updateActionItemInput = z
  .object({ id: idSchema, version: versionSchema, ...actionItemContent })
  .partial({ title: true, owner: true, dueOn: true, status: true, projectId: true });
export type UpdateActionItemInput = z.infer<typeof updateActionItemInput>;

/** `dueBefore` is inclusive: "due by the 30th" lists what is due on the 30th. */
export const actionItemsInput = z
  .object({
    programmeId: idSchema.optional(),
    projectId: idSchema.optional(),
    status: actionItemStatusSchema.optional(),
    dueBefore: isoDateSchema.optional(),
  })
  .optional();
export type ActionItemsInput = z.infer<typeof actionItemsInput>;
