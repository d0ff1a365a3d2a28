import { projectsRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import type { Project } from "@cvv/domain/projects";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

/**
 * The project whose funding is read or written, if the caller may: reading needs "funding.read"
 * on its commune, writing "funding.manage" too. Out of scope and missing look the same (a
 * contributor learns nothing of other communes); a commune's own contributor who may read but
 * not write is told so.
 */
export async function fundingProject(
  ctx: Context,
  actor: SessionUser,
  projectId: string,
  intent: "read" | "manage",
): Promise<Result<Project>> {
  const project = await projectsRepository(ctx.db).find(scopeOf(actor), projectId);
  const about = project ? { communeInseeCode: project.communeInseeCode } : null;
  if (!project || !about || !can(actor, "funding.read", about)) return notFound("Projet");
  if (intent === "manage" && !can(actor, "funding.manage", about)) return forbidden();
  return ok(project);
}
