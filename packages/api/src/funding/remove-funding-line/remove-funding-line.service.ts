import { fundingRepository, recordChangesRepository } from "@cvv/db";
import type { RemoveFundingLineInput } from "@cvv/domain/funding";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { fromWrite } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { fundingProject } from "../funding-access.js";
import { lineHistory, removedFields } from "../funding-view.js";

/**
 * Removes a line of the funding plan, at the version the person saw. Grants that answered it
 * stay (they are decisions, published as open data), no longer attached to a line. The history
 * keeps what the line held.
 */
export async function removeFundingLine(
  ctx: Context,
  actor: SessionUser,
  input: RemoveFundingLineInput,
): Promise<Result<{ id: string }>> {
  const project = await fundingProject(ctx, actor, input.projectId, "manage");
  if (!project.ok) return project;
  return inTransaction(ctx.db, async (tx) => {
    const removed = fromWrite(
      await fundingRepository(tx).removeLine(input.projectId, input.id, input.version),
      "Ligne de financement",
    );
    if (!removed.ok) return removed;
    await recordChangesRepository(tx).log({
      entity: "funding-line",
      entityId: input.id,
      projectId: input.projectId,
      actorId: actor.id,
      action: "deleted",
      changes: removedFields(lineHistory(removed.value)),
    });
    return ok({ id: input.id });
  });
}
