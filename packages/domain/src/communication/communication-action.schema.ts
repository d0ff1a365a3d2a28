import { z } from "zod";
import { idSchema, isoDateSchema, versionSchema } from "../shared/common.schema.js";

// Same values, same order as the Prisma enums CommunicationChannel and CommunicationStatus.
export const communicationChannels = [
  "website",
  "newsletter",
  "social_media",
  "press",
  "email",
  "print",
  "event",
  "other",
] as const;
export const communicationChannelSchema = z.enum(communicationChannels, {
  error:
    "Canal inconnu : site internet, lettre d'information, réseaux sociaux, presse, courriel, imprimé, événement ou autre.",
});
export type CommunicationChannel = z.infer<typeof communicationChannelSchema>;

export const communicationStatuses = ["planned", "in_progress", "done", "cancelled"] as const;
export const communicationStatusSchema = z.enum(communicationStatuses, {
  error: "Statut inconnu : prévue, en cours, réalisée ou annulée.",
});
export type CommunicationStatus = z.infer<typeof communicationStatusSchema>;

/** An action of the communication plan as the API returns it, with the names of what it points to. */
export const communicationActionSchema = z.object({
  id: idSchema,
  title: z.string(),
  channel: communicationChannelSchema,
  audience: z.string(),
  message: z.string(),
  plannedOn: isoDateSchema,
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  status: communicationStatusSchema,
  eventId: idSchema.nullable(),
  eventTitle: z.string().nullable(),
  publicationId: idSchema.nullable(),
  publicationTitle: z.string().nullable(),
  version: versionSchema,
});
export type CommunicationAction = z.infer<typeof communicationActionSchema>;
