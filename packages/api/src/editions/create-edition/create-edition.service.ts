import { editionsRepository, programmesRepository } from "@cvv/db";
import type { CreateEditionInput, Edition } from "@cvv/domain/editions";
import { can } from "@cvv/domain/permissions";
import { checkDateRange, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";

export async function createEdition(
  ctx: Context,
  actor: SessionUser,
  input: CreateEditionInput,
): Promise<Result<Edition>> {
  if (!can(actor, "edition.create")) return forbidden();
  const range = checkDateRange(input.opensOn, input.closesOn, { start: "date d'ouverture", end: "date de clôture" });
  if (!range.ok) return range;
  if (!(await programmesRepository(ctx.db).find(input.programmeId))) return notFound("Programme");
  return ok(await editionsRepository(ctx.db).create(input));
}
