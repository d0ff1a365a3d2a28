import { programmesRepository, recordChangesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import type { CreateProgrammeInput, Programme, UpdateProgrammeInput } from "@cvv/domain/programmes";
import { checkDateRange, diffFields, fail, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { slugClaimed, uniqueSlug, unwrapWrite } from "../../shared/unique-slug.js";

export const programmeHistoryFields = [
  "name",
  "slug",
  "summary",
  "objectives",
  "budgetEuros",
  "startsOn",
  "endsOn",
  "status",
] as const satisfies readonly (keyof Programme)[];

export async function createProgramme(
  ctx: Context,
  actor: SessionUser,
  input: CreateProgrammeInput,
): Promise<Result<Programme>> {
  if (!can(actor, "programme.create")) return forbidden();
  const range = checkDateRange(input.startsOn, input.endsOn);
  if (!range.ok) return range;
  const repo = programmesRepository(ctx.db);
  if (input.slug && (await repo.slugTaken(input.slug)))
    return fail("CONFLICT", `L'adresse courte « ${input.slug} » est déjà prise.`);
  const slug = input.slug ?? (await uniqueSlug(input.name, repo.slugTaken));
  return inTransaction(ctx.db, async (tx) => {
    const created = await slugClaimed(() => programmesRepository(tx).create({ ...input, slug }), slug);
    if (created.ok) {
      await recordChangesRepository(tx).log({
        entity: "programme",
        entityId: created.value.id,
        projectId: null,
        actorId: actor.id,
        action: "created",
        changes: diffFields(null, created.value, programmeHistoryFields),
      });
    }
    return created;
  });
}

export async function updateProgramme(
  ctx: Context,
  actor: SessionUser,
  input: UpdateProgrammeInput,
): Promise<Result<Programme>> {
  if (!can(actor, "programme.update")) return forbidden();
  const repo = programmesRepository(ctx.db);
  const current = await repo.find(input.id);
  if (!current) return notFound("Programme");
  const range = checkDateRange(
    input.startsOn === undefined ? current.startsOn : input.startsOn,
    input.endsOn === undefined ? current.endsOn : input.endsOn,
  );
  if (!range.ok) return range;
  if (input.slug && input.slug !== current.slug && (await repo.slugTaken(input.slug))) {
    return fail("CONFLICT", `L'adresse courte « ${input.slug} » est déjà prise.`);
  }
  return inTransaction(ctx.db, async (tx) => {
    const updated = await slugClaimed(
      async () => unwrapWrite(await programmesRepository(tx).update(input)),
      input.slug ?? current.slug,
      "Programme",
    );
    if (updated.ok) {
      await recordChangesRepository(tx).log({
        entity: "programme",
        entityId: current.id,
        projectId: null,
        actorId: actor.id,
        action: "updated",
        changes: diffFields(current, updated.value, programmeHistoryFields),
      });
    }
    return updated;
  });
}
