import { governanceRepository, recordChangesRepository, type MeetingRecord } from "@cvv/db";
import {
  meetingFields,
  resolveMeeting,
  type CreateMeetingInput,
  type UpdateMeetingInput,
} from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export async function createMeeting(
  ctx: Context,
  actor: SessionUser,
  input: CreateMeetingInput,
): Promise<Result<MeetingRecord>> {
  if (!can(actor, "governance.manage")) return forbidden();
  const { bodyId, ...content } = input;
  if (!(await governanceRepository(ctx.db).findBody(bodyId))) return notFound("Instance");
  const resolved = resolveMeeting(null, content, ctx.now().toISOString());
  if (!resolved.ok) return resolved;
  return inTransaction(ctx.db, async (tx) => {
    const meeting = await governanceRepository(tx).createMeeting({ bodyId, ...resolved.value });
    await recordChangesRepository(tx).log({
      entity: "meeting",
      entityId: meeting.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: diffFields(null, meeting, meetingFields),
    });
    return ok(meeting);
  });
}

export async function updateMeeting(
  ctx: Context,
  actor: SessionUser,
  input: UpdateMeetingInput,
): Promise<Result<MeetingRecord>> {
  if (!can(actor, "governance.manage")) return forbidden();
  const current = await governanceRepository(ctx.db).findMeeting(input.id);
  if (!current) return notFound("Réunion");
  const { id, version, ...changes } = input;
  const resolved = resolveMeeting(current, changes, ctx.now().toISOString(), current.hasRecords);
  if (!resolved.ok) return resolved;
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(
      await governanceRepository(tx).updateMeeting({ id, bodyId: current.bodyId, version, ...changes }),
      "Réunion",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "meeting",
      entityId: id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(current, written.value, meetingFields),
    });
    return written;
  });
}
