import { governanceRepository, projectsRepository, recordChangesRepository } from "@cvv/db";
import { checkRaciMatrix, raciGrid, type SetRaciInput } from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { diffFields, ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** Replaces a project's whole RACI matrix once it passes the checks; a refused matrix writes nothing. */
export async function setRaci(ctx: Context, actor: SessionUser, input: SetRaciInput) {
  if (!can(actor, "governance.manage")) return forbidden();
  const project = await projectsRepository(ctx.db).find(scopeOf(actor), input.projectId);
  if (!project) return notFound("Projet");
  const checked = checkRaciMatrix(input.assignments);
  if (!checked.ok) return checked;
  return inTransaction(ctx.db, async (tx) => {
    const repo = governanceRepository(tx);
    const before = await repo.raciOf(project.id);
    const assignments = await repo.replaceRaci(project.id, checked.value);
    // The matrix is one record of the project: its change is logged whole, on the project.
    await recordChangesRepository(tx).log({
      entity: "raci",
      entityId: project.id,
      projectId: project.id,
      actorId: actor.id,
      action: "updated",
      changes: diffFields({ assignments: before }, { assignments }, ["assignments"]),
    });
    return ok({
      project: { id: project.id, title: project.title, programmeId: project.programmeId },
      assignments,
      grid: raciGrid(assignments),
    });
  });
}
