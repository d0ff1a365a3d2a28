import { projectUpdatesRepository, projectsRepository, recordChangesRepository, type UpdateRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkReview, type ReviewUpdateInput } from "@cvv/domain/project-updates";
import { fail, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, messages, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/**
 * An officer approves an update (it is published, and the project takes the proposed status) or
 * returns it with a comment. Both writes land together or not at all.
 */
export async function reviewUpdate(
  ctx: Context,
  actor: SessionUser,
  input: ReviewUpdateInput,
): Promise<Result<UpdateRecord>> {
  const scope = scopeOf(actor);
  const current = await projectUpdatesRepository(ctx.db).find(scope, input.id);
  if (!current) return notFound("Point d'avancement");
  if (!can(actor, "update.review", { communeInseeCode: current.communeInseeCode })) return forbidden();
  const review = checkReview(current.status, input.decision, current.projectStatus, current.proposedStatus);
  if (!review.ok) return review;
  const now = ctx.now();
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(
      await projectUpdatesRepository(tx).recordReview(scope, {
        id: input.id,
        version: input.version,
        reviewerId: actor.id,
        decision: review.value.status,
        comment: input.comment?.length ? input.comment : null,
        now,
      }),
      "Point d'avancement",
    );
    if (!written.ok) return written;
    if (review.value.status === "approved" && review.value.projectStatus !== current.projectStatus) {
      const projects = projectsRepository(tx);
      const project = await projects.find(scope, current.projectId);
      // The project changed since the update was loaded: refuse rather than guess.
      if (!project || project.status !== current.projectStatus) return fail("CONFLICT", messages.conflict);
      const moved = fromWrite(
        await projects.setStatus(scope, project.id, project.version, review.value.projectStatus),
        "Projet",
      );
      if (!moved.ok) return moved;
      await recordChangesRepository(tx).log({
        entity: "project",
        entityId: project.id,
        projectId: project.id,
        actorId: actor.id,
        // The status moved by approving a progress update that proposed it.
        action: "status-by-update",
        changes: { status: [project.status, review.value.projectStatus] },
      });
    }
    return written;
  });
}
