import { governanceRepository, recordChangesRepository, type MeetingRecord } from "@cvv/db";
import {
  checkAttendance,
  checkOutcomeRecordable,
  type Attendance,
  type RecordAttendanceInput,
} from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** Replaces the meeting's attendance sheet, as a new version of the meeting. */
export async function recordAttendance(
  ctx: Context,
  actor: SessionUser,
  input: RecordAttendanceInput,
): Promise<Result<{ meeting: MeetingRecord; attendance: Attendance[] }>> {
  if (!can(actor, "governance.manage")) return forbidden();
  const meeting = await governanceRepository(ctx.db).findMeeting(input.meetingId);
  if (!meeting) return notFound("Réunion");
  const recordable = checkOutcomeRecordable(meeting, "attendance", ctx.now().toISOString());
  if (!recordable.ok) return recordable;
  const members = await governanceRepository(ctx.db).membersOf(meeting.bodyId);
  const checked = checkAttendance(members, input.attendance);
  if (!checked.ok) return checked;

  // The history names people rather than ids: it is read long after members have changed.
  const names = new Map(members.map((m) => [m.id, m.name]));
  const sheet = (entries: readonly Attendance[]) =>
    Object.fromEntries(
      entries
        .map((entry) => [names.get(entry.memberId) ?? entry.memberId, entry.status] as const)
        .sort(([a], [b]) => a.localeCompare(b, "fr")),
    );

  return inTransaction(ctx.db, async (tx) => {
    const repo = governanceRepository(tx);
    const before = await repo.attendanceOf(meeting.id);
    const written = fromWrite(await repo.bumpMeeting(meeting.id, meeting.bodyId, input.version), "Réunion");
    if (!written.ok) return written;
    await repo.replaceAttendance(meeting.id, input.attendance);
    const attendance = await repo.attendanceOf(meeting.id);
    await recordChangesRepository(tx).log({
      entity: "meeting",
      entityId: meeting.id,
      projectId: null,
      actorId: actor.id,
      action: "attendance",
      changes: diffFields({ attendance: sheet(before) }, { attendance: sheet(attendance) }, ["attendance"]),
    });
    return ok({ meeting: written.value, attendance });
  });
}
