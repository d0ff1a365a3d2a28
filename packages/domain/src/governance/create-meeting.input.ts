import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { dateTimeSchema, meetingStatusSchema } from "./meeting.schema.js";

const longText = (what: string) =>
  z
    .string()
    .trim()
    .max(20000, { error: `${what} ne doit pas dépasser 20 000 caractères.` });

const meetingContent = {
  title: nonEmptyText(200),
  startsAt: dateTimeSchema,
  place: z.string().trim().max(300, { error: "Le lieu ne doit pas dépasser 300 caractères." }),
  agenda: longText("L'ordre du jour"),
  minutes: longText("Le compte rendu"),
  status: meetingStatusSchema,
};

export const createMeetingInput = z
  .object({ bodyId: idSchema, ...meetingContent })
  .partial({ place: true, agenda: true, minutes: true, status: true });
export type CreateMeetingInput = z.infer<typeof createMeetingInput>;

/** Only the fields sent change; no defaults. A meeting stays in its body, with its attendance. */
export const updateMeetingInput = z
  .object({ id: idSchema, version: versionSchema, ...meetingContent })
  .partial({ title: true, startsAt: true, place: true, agenda: true, minutes: true, status: true });
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>;

export const meetingInput = z.object({ id: idSchema });
export type MeetingInput = z.infer<typeof meetingInput>;
