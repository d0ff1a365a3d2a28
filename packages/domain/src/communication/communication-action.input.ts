import { z } from "zod";
import { calendarMonthSchema } from "../events/event-calendar.rules.js";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { communicationChannelSchema, communicationStatusSchema } from "./communication-action.schema.js";

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} ne doit pas dépasser ${max} caractères.` });

const actionFields = {
  title: nonEmptyText(200),
  channel: communicationChannelSchema,
  audience: optionalText(300, "Le public visé"),
  message: optionalText(5000, "Le message"),
  plannedOn: isoDateSchema,
  /** The officer in charge; null when nobody is named yet. */
  ownerId: idSchema.nullable(),
  status: communicationStatusSchema,
  /** The event the action announces or reports on, if any. */
  eventId: idSchema.nullable(),
  /** The publication the action relays, if any. */
  publicationId: idSchema.nullable(),
};

/** A new action of the plan: planned unless told, linked to nothing unless told. */
export const createCommunicationActionInput = z.object(actionFields).partial({
  audience: true,
  message: true,
  ownerId: true,
  status: true,
  eventId: true,
  publicationId: true,
});
export type CreateCommunicationActionInput = z.infer<typeof createCommunicationActionInput>;

/** Only what the person changed; no defaults, so a field left out is never reset. */
export const updateCommunicationActionInput = z
  .object(actionFields)
  .partial()
  .extend({ id: idSchema, version: versionSchema });
export type UpdateCommunicationActionInput = z.infer<typeof updateCommunicationActionInput>;

export const deleteCommunicationActionInput = z.object({ id: idSchema, version: versionSchema });
export type DeleteCommunicationActionInput = z.infer<typeof deleteCommunicationActionInput>;

/**
 * The plan's filters, shared by the list and the calendar. A month ("2026-12") narrows to that
 * month; otherwise from/to bound the period, each optional.
 */
export const listCommunicationActionsInput = z
  .object({
    month: calendarMonthSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    channel: communicationChannelSchema,
    status: communicationStatusSchema,
    ownerId: idSchema,
    /** Only the actions whose date has passed and that are not done (nor cancelled). */
    overdue: z.boolean({ error: "Oui ou non attendu." }),
  })
  .partial()
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) {
      ctx.addIssue({
        code: "custom",
        message: `La fin de la période (${value.to}) précède son début (${value.from}).`,
        path: ["to"],
      });
    }
  });
export type ListCommunicationActionsInput = z.infer<typeof listCommunicationActionsInput>;
