import { z } from "zod";
import { dateTimeSchema } from "../governance/meeting.schema.js";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const networkKinds = [
  "town_centre_managers",
  "craft_referents",
  "experts",
  "partners",
  "working_group",
  "other",
] as const;
export const networkKindSchema = z.enum(networkKinds, {
  error:
    "Type de réseau inconnu : managers de centre-ville, référents métiers d'art, experts, partenaires, groupe de travail ou autre.",
});
export type NetworkKind = z.infer<typeof networkKindSchema>;

export type Network = {
  id: string;
  name: string;
  kind: NetworkKind;
  description: string;
  parentId: string | null;
  version: number;
};

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} ne doit pas dépasser ${max} caractères.` });

const networkFields = {
  name: nonEmptyText(200),
  kind: networkKindSchema,
  description: optionalText(5000, "La description"),
  /** The network a working group belongs to. */
  parentId: idSchema.nullable(),
};

export const createNetworkInput = z.object({
  name: networkFields.name,
  kind: networkFields.kind,
  description: networkFields.description.optional(),
  parentId: networkFields.parentId.optional(),
});
export type CreateNetworkInput = z.infer<typeof createNetworkInput>;

export const updateNetworkInput = z.object(networkFields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateNetworkInput = z.infer<typeof updateNetworkInput>;

/** A member is a contact or a platform account: exactly one of the two (see checkMemberTarget). */
export const addNetworkMemberInput = z.object({
  networkId: idSchema,
  contactId: idSchema.nullable().optional(),
  userId: idSchema.nullable().optional(),
  /** In the network: "animatrice", "référent", "membre"… */
  role: optionalText(200, "Le rôle").optional(),
});
export type AddNetworkMemberInput = z.infer<typeof addNetworkMemberInput>;

export const removeNetworkMemberInput = z.object({ networkId: idSchema, memberId: idSchema });
export type RemoveNetworkMemberInput = z.infer<typeof removeNetworkMemberInput>;

const meetingFields = {
  title: nonEmptyText(200),
  startsAt: dateTimeSchema,
  place: optionalText(300, "Le lieu"),
  agenda: optionalText(10000, "L'ordre du jour"),
  notes: optionalText(20000, "Le compte rendu"),
};

export const createNetworkMeetingInput = z.object({
  networkId: idSchema,
  title: meetingFields.title,
  startsAt: meetingFields.startsAt,
  place: meetingFields.place.optional(),
  agenda: meetingFields.agenda.optional(),
  notes: meetingFields.notes.optional(),
});
export type CreateNetworkMeetingInput = z.infer<typeof createNetworkMeetingInput>;

export const updateNetworkMeetingInput = z
  .object(meetingFields)
  .partial()
  .extend({ networkId: idSchema, id: idSchema, version: versionSchema });
export type UpdateNetworkMeetingInput = z.infer<typeof updateNetworkMeetingInput>;

export type NetworkMeeting = {
  id: string;
  networkId: string;
  title: string;
  /** ISO instant. */
  startsAt: string;
  place: string;
  agenda: string;
  notes: string;
  version: number;
};
