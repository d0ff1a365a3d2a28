import { z } from "zod";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { dateTimeSchema } from "../governance/meeting.schema.js";
import { idSchema, nonEmptyText, slugSchema, versionSchema } from "../shared/common.schema.js";

// Same values, same order as the Prisma enums EventKind and EventStatus.
export const eventKinds = ["site_visit", "workshop", "meeting", "meetup", "assises", "fair"] as const;
export const eventKindSchema = z.enum(eventKinds, {
  error: "Type d'événement inconnu : visite de site, atelier, réunion, rencontre, assises ou salon.",
});
export type EventKind = z.infer<typeof eventKindSchema>;

export const eventStatuses = ["draft", "published", "cancelled"] as const;
export const eventStatusSchema = z.enum(eventStatuses, { error: "Statut inconnu : brouillon, publié ou annulé." });
export type EventStatus = z.infer<typeof eventStatusSchema>;

/** An event of the programme's calendar, as the API returns it: moments in ISO 8601 with their offset. */
export const eventSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  kind: eventKindSchema,
  title: nonEmptyText(200),
  summary: z.string(),
  /** Markdown: rendered and sanitised before it reaches a page. */
  description: z.string(),
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema,
  place: z.string(),
  address: z.string(),
  communeInseeCode: inseeCodeSchema.nullable(),
  programmeId: idSchema.nullable(),
  capacity: z.number().int().positive().nullable(),
  status: eventStatusSchema,
  version: versionSchema,
});
export type Event = z.infer<typeof eventSchema>;
