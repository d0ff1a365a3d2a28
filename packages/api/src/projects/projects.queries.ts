import {
  communesRepository,
  programmesRepository,
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
