import {
  communesRepository,
  editionsRepository,
  programmesRepository,
  recordChangesRepository,
  projectUpdatesRepository,
  projectsRepository,
  type ProjectFilter,
} from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { nextProjectStatuses } from "@cvv/domain/projects";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

/** Officers see every project; a contributor only those of their communes (the scope is in the query). */
export async function listProjects(ctx: Context, actor: SessionUser, filter: ProjectFilter) {
  if (!can(actor, "project.list")) return forbidden();
  return ok(await projectsRepository(ctx.db).list(scopeOf(actor), filter));
}

export async function getProject(ctx: Context, actor: SessionUser, id: string) {
  const scope = scopeOf(actor);
  const project = await projectsRepository(ctx.db).find(scope, id);
  // Out of scope and missing look the same: a contributor learns nothing of other communes.
  if (!project || !can(actor, "project.read", { communeInseeCode: project.communeInseeCode }))
    return notFound("Projet");
  const [commune, programme, updates] = await Promise.all([
    communesRepository(ctx.db).find(project.communeInseeCode),
    programmesRepository(ctx.db).find(project.programmeId),
    projectUpdatesRepository(ctx.db).listForProject(scope, project.id),
  ]);
  const about = { communeInseeCode: project.communeInseeCode };
  return ok({
    ...project,
    communeName: commune?.name ?? project.communeInseeCode,
    programmeName: programme?.name ?? "",
    nextStatuses: [...nextProjectStatuses(project.status)],
    updates,
    permissions: {
      update: can(actor, "project.update", about),
      changeStatus: can(actor, "project.changeStatus", about),
      writeUpdate: can(actor, "update.write", about),
      review: can(actor, "update.review", about),
    },
  });
}

/**
 * A project's own history (its fields and status), newest first, for whoever may read the
 * project. Editions are named: an id means nothing to a reader.
 */
export async function projectHistory(ctx: Context, actor: SessionUser, id: string) {
  const project = await projectsRepository(ctx.db).find(scopeOf(actor), id);
  if (!project || !can(actor, "project.read", { communeInseeCode: project.communeInseeCode }))
    return notFound("Projet");
  const [entries, editions] = await Promise.all([
    recordChangesRepository(ctx.db).forProject(project.id, { entity: "project" }),
    editionsRepository(ctx.db).listByProgramme(project.programmeId),
  ]);
  const editionName = (value: unknown) =>
    typeof value === "string" ? (editions.find((e) => e.id === value)?.name ?? value) : value;
  return ok(
    entries.map((entry) => {
      const { editionId, ...changes } = entry.changes;
      return {
        ...entry,
        changes: editionId ? { ...changes, edition: [editionName(editionId[0]), editionName(editionId[1])] } : changes,
      };
    }),
  );
}
