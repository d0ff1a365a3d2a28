import { z } from "zod";
import { idSchema, versionSchema } from "../shared/common.schema.js";
import { attendanceSchema } from "./meeting.schema.js";

/**
 * The whole attendance sheet, which replaces the one stored; a member left out has no status
 * recorded. The meeting's version guards against overwriting a sheet someone else just saved.
 */
export const recordAttendanceInput = z.object({
  meetingId: idSchema,
  version: versionSchema,
  attendance: z.array(attendanceSchema).max(500, { error: "Au plus 500 personnes par feuille de présence." }),
});
export type RecordAttendanceInput = z.infer<typeof recordAttendanceInput>;
