import { expertsRepository, recordChangesRepository } from "@cvv/db";
import {
  checkMissionStatusChange,
  missionChanges,
  type ChangeMissionStatusInput,
  type Mission,
} from "@cvv/domain/experts";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** Moves a mission along its life (proposed → ordered → … → closed, or cancelled), with its history. */
export async function changeMissionStatus(
  ctx: Context,
  actor: SessionUser,
  input: ChangeMissionStatusInput,
): Promise<Result<Mission>> {
  if (!can(actor, "expert.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = expertsRepository(tx);
    const before = await repo.findMission(input.expertId, input.id);
    if (!before) return notFound("Mission");
    // A stale form is a conflict, not a refused transition: the status it showed is no longer the one stored.
    if (before.version !== input.version) return fromWrite({ status: "conflict" }, "Mission");
    // Nothing to change: no new version, which would only make others' open forms conflict.
    if (before.status === input.status) return ok(before);
    const change = checkMissionStatusChange(before.status, input.status, before.deliverables);
    if (!change.ok) return change;
    const written = fromWrite(
      await repo.setMissionStatus(input.expertId, input.id, input.version, input.status),
      "Mission",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "mission",
      entityId: written.value.id,
      projectId: written.value.projectId,
      actorId: actor.id,
      action: "status",
      changes: missionChanges(before, written.value),
    });
    return written;
  });
}
