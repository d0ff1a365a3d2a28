import { attendanceInput } from "@cvv/domain/events";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { takeAttendance } from "./take-attendance/take-attendance.service.js";

export const takeAttendanceProcedure = authedProcedure
  .input(attendanceInput)
  .mutation(async ({ ctx, input }) => unwrap(await takeAttendance(ctx, ctx.user, input)));
