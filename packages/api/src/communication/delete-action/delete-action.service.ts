import { communicationActionsRepository, recordChangesRepository } from "@cvv/db";
import {
  checkCommunicationRemoval,
  communicationActionChanges,
  type DeleteCommunicationActionInput,
} from "@cvv/domain/communication";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/**
 * Deletes an action that is still only planned, at the version the person saw; the history keeps
 * what it was, so the plan can tell what was dropped.
 */
export async function deleteCommunicationAction(
  ctx: Context,
  actor: SessionUser,
  input: DeleteCommunicationActionInput,
): Promise<Result<{ id: string }>> {
  if (!can(actor, "communication.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = communicationActionsRepository(tx);
    const before = await repo.find(input.id);
    if (!before) return notFound("Action de communication");
    const removable = checkCommunicationRemoval(before.status);
    if (!removable.ok) return removable;
    const removed = fromWrite(await repo.remove(input.id, input.version), "Action de communication");
    if (!removed.ok) return removed;
    const changes = communicationActionChanges(null, before);
    await recordChangesRepository(tx).log({
      entity: "communication-action",
      entityId: input.id,
      projectId: null,
      actorId: actor.id,
      action: "deleted",
      // Before → nothing: what the action was when it went.
      changes: Object.fromEntries(Object.entries(changes).map(([field, [, value]]) => [field, [value, null]])),
    });
    return ok(removed.value);
  });
}
