import { communicationActionsRepository, recordChangesRepository, type Tx } from "@cvv/db";
import {
  checkCommunicationTransition,
  communicationActionChanges,
  type CommunicationAction,
  type CreateCommunicationActionInput,
  type UpdateCommunicationActionInput,
} from "@cvv/domain/communication";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** A link chosen in a picker may have been deleted since the page was opened: say so at its field. */
async function checkLinks(
  tx: Tx,
  links: { eventId?: string | null; publicationId?: string | null; ownerId?: string | null },
): Promise<Result<void>> {
  const found = await communicationActionsRepository(tx).linksExist(links);
  if (!found.event) return fail("INVALID", "Cet événement n'existe plus : choisissez-en un autre.", "eventId");
  if (!found.publication) {
    return fail("INVALID", "Cette publication n'existe plus : choisissez-en une autre.", "publicationId");
  }
  if (!found.owner) {
    return fail("INVALID", "Le responsable doit être un chargé de mission ou un administrateur actif.", "ownerId");
  }
  return ok(undefined);
}

/** Plans an action, with its first line of history, together. */
export async function createCommunicationAction(
  ctx: Context,
  actor: SessionUser,
  input: CreateCommunicationActionInput,
): Promise<Result<CommunicationAction>> {
  if (!can(actor, "communication.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const links = await checkLinks(tx, input);
    if (!links.ok) return links;
    const created = await communicationActionsRepository(tx).create(input);
    await recordChangesRepository(tx).log({
      entity: "communication-action",
      entityId: created.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: communicationActionChanges(null, created),
    });
    return ok(created);
  });
}

/** Writes what the person changed, checked against the version they loaded and the status rules, with its history. */
export async function updateCommunicationAction(
  ctx: Context,
  actor: SessionUser,
  input: UpdateCommunicationActionInput,
): Promise<Result<CommunicationAction>> {
  if (!can(actor, "communication.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = communicationActionsRepository(tx);
    const before = await repo.find(input.id);
    if (before && input.status !== undefined) {
      // Checked against the stored status; a stale form then gets its conflict from the write.
      const transition = checkCommunicationTransition(before.status, input.status);
      if (!transition.ok) return transition;
    }
    const links = await checkLinks(tx, input);
    if (!links.ok) return links;
    const written = fromWrite(await repo.update(input), "Action de communication");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "communication-action",
      entityId: written.value.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: communicationActionChanges(before, written.value),
    });
    return written;
  });
}
