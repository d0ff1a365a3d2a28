import { z } from "zod";
export { attendanceStatusLabels, meetingStatusLabels } from "../labels/index.js";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const meetingStatuses = ["planned", "held", "cancelled"] as const;
export const meetingStatusSchema = z.enum(meetingStatuses, { error: "Statut inconnu : prévue, tenue ou annulée." });
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const attendanceStatuses = ["present", "excused", "absent"] as const;
export const attendanceStatusSchema = z.enum(attendanceStatuses, {
  error: "Présence inconnue : présent(e), excusé(e) ou absent(e).",
});
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

/** A moment with its offset (ISO 8601), so a meeting at 14:00 in Paris stays at 14:00 whatever the server's zone. */
export const dateTimeSchema = z.iso.datetime({
  offset: true,
  error: "Date et heure invalides : format attendu AAAA-MM-JJTHH:MM avec le fuseau horaire.",
});

export const meetingSchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  title: nonEmptyText(200),
  startsAt: dateTimeSchema,
  place: z.string(),
  agenda: z.string(),
  minutes: z.string(),
  status: meetingStatusSchema,
  version: versionSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

/** What an officer writes of a meeting: everything but its identity, body and version. */
export type MeetingContent = Omit<Meeting, "id" | "bodyId" | "version">;

export const attendanceSchema = z.object({ memberId: idSchema, status: attendanceStatusSchema });
export type Attendance = z.infer<typeof attendanceSchema>;

export const decisionSchema = z.object({
  id: idSchema,
  text: nonEmptyText(2000),
  projectId: idSchema.nullable(),
  position: z.number().int().nonnegative(),
});
export type Decision = z.infer<typeof decisionSchema>;
