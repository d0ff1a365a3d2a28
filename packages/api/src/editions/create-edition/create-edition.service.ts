import { editionsRepository, programmesRepository, recordChangesRepository } from "@cvv/db";
import type { CreateEditionInput, Edition } from "@cvv/domain/editions";
import { can } from "@cvv/domain/permissions";
import { checkDateRange, diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export async function createEdition(
  ctx: Context,
  actor: SessionUser,
  input: CreateEditionInput,
): Promise<Result<Edition>> {
  if (!can(actor, "edition.create")) return forbidden();
  const range = checkDateRange(input.opensOn, input.closesOn, { start: "date d'ouverture", end: "date de clôture" });
  if (!range.ok) return range;
  if (!(await programmesRepository(ctx.db).find(input.programmeId))) return notFound("Programme");
  return inTransaction(ctx.db, async (tx) => {
    const edition = await editionsRepository(tx).create(input);
    await recordChangesRepository(tx).log({
      entity: "edition",
      entityId: edition.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: diffFields(null, edition, ["name", "year", "opensOn", "closesOn", "status"]),
    });
    return ok(edition);
  });
}
