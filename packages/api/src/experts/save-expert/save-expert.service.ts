import { expertsRepository, recordChangesRepository } from "@cvv/db";
import { expertChanges, type CreateExpertInput, type Expert, type UpdateExpertInput } from "@cvv/domain/experts";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** Adds an entry to the directory, and its first line of history, together. */
export async function createExpert(
  ctx: Context,
  actor: SessionUser,
  input: CreateExpertInput,
): Promise<Result<Expert>> {
  if (!can(actor, "expert.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const created = await expertsRepository(tx).create(input);
    await recordChangesRepository(tx).log({
      entity: "expert",
      entityId: created.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: expertChanges(null, created),
    });
    return ok(created);
  });
}

/** Writes what the person changed, checked against the version they loaded, with its history. */
export async function updateExpert(
  ctx: Context,
  actor: SessionUser,
  input: UpdateExpertInput,
): Promise<Result<Expert>> {
  if (!can(actor, "expert.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = expertsRepository(tx);
    const before = await repo.find(input.id);
    const written = fromWrite(await repo.update(input), "Expert");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "expert",
      entityId: written.value.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: expertChanges(before, written.value),
    });
    return written;
  });
}
