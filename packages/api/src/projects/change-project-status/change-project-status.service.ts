import { projectsRepository, recordChangesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkProjectTransition, type ChangeProjectStatusInput, type Project } from "@cvv/domain/projects";
import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export async function changeProjectStatus(
  ctx: Context,
  actor: SessionUser,
  input: ChangeProjectStatusInput,
): Promise<Result<Project>> {
  const repo = projectsRepository(ctx.db);
  const current = await repo.find(scopeOf(actor), input.id);
  if (!current) return notFound("Projet");
  if (!can(actor, "project.changeStatus", { communeInseeCode: current.communeInseeCode })) return forbidden();
  const transition = checkProjectTransition(current.status, input.status);
  if (!transition.ok) return transition;
  return inTransaction(ctx.db, async (tx) => {
    const moved = fromWrite(
      await projectsRepository(tx).setStatus(scopeOf(actor), input.id, input.version, input.status),
      "Projet",
    );
    if (moved.ok) {
      await recordChangesRepository(tx).log({
        entity: "project",
        entityId: current.id,
        projectId: current.id,
        actorId: actor.id,
        action: "status",
        changes: { status: [current.status, input.status] },
      });
    }
    return moved;
  });
}
