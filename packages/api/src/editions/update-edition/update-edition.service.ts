import { editionsRepository, recordChangesRepository } from "@cvv/db";
import { checkEditionTransition, type Edition, type UpdateEditionInput } from "@cvv/domain/editions";
import { can } from "@cvv/domain/permissions";
import { checkDateRange, diffFields, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export const editionHistoryFields = ["name", "year", "opensOn", "closesOn", "status"] as const;

/** An officer renames, re-dates or moves an edition along its status, with its history kept. */
export async function updateEdition(
  ctx: Context,
  actor: SessionUser,
  input: UpdateEditionInput,
): Promise<Result<Edition>> {
  if (!can(actor, "edition.update")) return forbidden();
  const current = await editionsRepository(ctx.db).find(input.id);
  if (!current) return notFound("Édition");
  const range = checkDateRange(
    input.opensOn === undefined ? current.opensOn : input.opensOn,
    input.closesOn === undefined ? current.closesOn : input.closesOn,
    { start: "date d'ouverture", end: "date de clôture" },
  );
  if (!range.ok) return range;
  if (input.status) {
    const transition = checkEditionTransition(current.status, input.status);
    if (!transition.ok) return transition;
  }
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(await editionsRepository(tx).update(input), "Édition");
    if (written.ok) {
      await recordChangesRepository(tx).log({
        entity: "edition",
        entityId: current.id,
        projectId: null,
        actorId: actor.id,
        action: "updated",
        changes: diffFields(current, written.value, editionHistoryFields),
      });
    }
    return written;
  });
}
