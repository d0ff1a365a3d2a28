import {
  communesRepository,
  editionsRepository,
  programmesRepository,
  projectsRepository,
  recordChangesRepository,
} from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import type { CreateProjectInput, Project, UpdateProjectInput } from "@cvv/domain/projects";
import { checkDateRange, diffFields, fail, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { slugClaimed, uniqueSlug, unwrapWrite } from "../../shared/unique-slug.js";

/** What a project's history records; the version and ids change with every write and say nothing. */
export const projectHistoryFields = [
  "title",
  "slug",
  "summary",
  "description",
  "status",
  "editionId",
  "startsOn",
  "endsOn",
  "themes",
  "perimeter",
] as const satisfies readonly (keyof Project)[];

export async function createProject(
  ctx: Context,
  actor: SessionUser,
  input: CreateProjectInput,
): Promise<Result<Project>> {
  if (!can(actor, "project.create", { communeInseeCode: input.communeInseeCode })) return forbidden();
  const range = checkDateRange(input.startsOn, input.endsOn);
  if (!range.ok) return range;
  const commune = await communesRepository(ctx.db).find(input.communeInseeCode);
  if (!commune)
    return fail("INVALID", `La commune ${input.communeInseeCode} n'est pas membre de la Métropole du Grand Paris.`);
  if (!(await programmesRepository(ctx.db).find(input.programmeId))) return notFound("Programme");
  if (input.editionId) {
    const edition = await editionsRepository(ctx.db).find(input.editionId);
    if (!edition || edition.programmeId !== input.programmeId) {
      return fail("INVALID", "Cette édition n'appartient pas au programme choisi.");
    }
  }
  const repo = projectsRepository(ctx.db);
  if (input.slug && (await repo.slugTaken(input.slug)))
    return fail("CONFLICT", `L'adresse courte « ${input.slug} » est déjà prise.`);
  const slug = input.slug ?? (await uniqueSlug(`${commune.name} ${input.title}`, repo.slugTaken));
  return inTransaction(ctx.db, async (tx) => {
    const created = await slugClaimed(() => projectsRepository(tx).create({ ...input, slug }), slug);
    if (created.ok) {
      await recordChangesRepository(tx).log({
        entity: "project",
        entityId: created.value.id,
        projectId: created.value.id,
        actorId: actor.id,
        action: "created",
        changes: diffFields(null, created.value, projectHistoryFields),
      });
    }
    return created;
  });
}

export async function updateProject(
  ctx: Context,
  actor: SessionUser,
  input: UpdateProjectInput,
): Promise<Result<Project>> {
  const repo = projectsRepository(ctx.db);
  const current = await repo.find(scopeOf(actor), input.id);
  if (!current) return notFound("Projet");
  if (!can(actor, "project.update", { communeInseeCode: current.communeInseeCode })) return forbidden();
  const range = checkDateRange(
    input.startsOn === undefined ? current.startsOn : input.startsOn,
    input.endsOn === undefined ? current.endsOn : input.endsOn,
  );
  if (!range.ok) return range;
  if (input.editionId) {
    const edition = await editionsRepository(ctx.db).find(input.editionId);
    if (!edition || edition.programmeId !== current.programmeId) {
      return fail("INVALID", "Cette édition n'appartient pas au programme du projet.");
    }
  }
  if (input.slug && input.slug !== current.slug && (await repo.slugTaken(input.slug))) {
    return fail("CONFLICT", `L'adresse courte « ${input.slug} » est déjà prise.`);
  }
  return inTransaction(ctx.db, async (tx) => {
    const updated = await slugClaimed(
      async () => unwrapWrite(await projectsRepository(tx).update(scopeOf(actor), input)),
      input.slug ?? current.slug,
      "Projet",
    );
    if (updated.ok) {
      await recordChangesRepository(tx).log({
        entity: "project",
        entityId: current.id,
        projectId: current.id,
        actorId: actor.id,
        action: "updated",
        changes: diffFields(current, updated.value, projectHistoryFields),
      });
    }
    return updated;
  });
}
