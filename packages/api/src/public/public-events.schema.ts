import { z } from "zod";
import { calendarMonthSchema, eventKindSchema } from "@cvv/domain/events";
import { isoDateSchema } from "@cvv/domain/shared";

/**
 * Which events: a month of the calendar ("2026-12", in Paris time), a span of Paris days
 * (`from`/`to`, both included), or else the events to come (`upcoming`, the default) or the
 * past ones, latest first. A month wins over the other fields.
 */
export const publicEventsInput = z
  .object({
    month: calendarMonthSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    when: z.enum(["upcoming", "past"], { error: "Période inconnue : à venir ou passés." }).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    error: "La date de fin de la période précède sa date de début.",
    path: ["to"],
  })
  .optional();
export type PublicEventsInput = z.infer<typeof publicEventsInput>;

/** Only published and cancelled events reach the portal; a draft has no place in this enum. */
export const publicEventStatusSchema = z.enum(["published", "cancelled"]);

export const publicEventSummarySchema = z.object({
  slug: z.string(),
  kind: eventKindSchema,
  title: z.string(),
  summary: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  place: z.string(),
  address: z.string(),
  communeInseeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  status: publicEventStatusSchema,
});

export const publicProjectLinkSchema = z.object({ slug: z.string(), title: z.string(), communeName: z.string() });

export const publicEventSchema = publicEventSummarySchema.extend({
  /** The description rendered from Markdown and sanitised: the page inserts it as is. */
  descriptionHtml: z.string(),
  /** Whether the commune has a page on the portal (a public project), so the page links it only then. */
  communeHasPage: z.boolean(),
  capacity: z.number().int().positive().nullable(),
  /** Places not yet confirmed (null: no limit); 0 means a new registration joins the waiting list. */
  placesLeft: z.number().int().nonnegative().nullable(),
  /** Published and not started at the time of the request: the page shows the registration form. */
  registrationOpen: z.boolean(),
  updatedAt: z.iso.datetime(),
  projects: z.array(publicProjectLinkSchema),
});
