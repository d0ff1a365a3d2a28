import { planItemsRepository, recordChangesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkRemoval, type RemovePlanItemInput } from "@cvv/domain/project-plan";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { nothing, snapshot, trackedFields } from "../plan-history.js";

/**
 * An officer deletes the version of an item they saw, once nothing depends on it; the history
 * keeps what it was, so the project's history still says what happened to it.
 */
export async function removePlanItem(
  ctx: Context,
  actor: SessionUser,
  input: RemovePlanItemInput,
): Promise<Result<{ id: string; title: string }>> {
  const scope = scopeOf(actor);
  const current = await planItemsRepository(ctx.db).find(scope, input.id);
  if (!current || !can(actor, "project.read", { communeInseeCode: current.communeInseeCode })) {
    return notFound("Élément du plan");
  }
  if (!can(actor, "plan.manage", { communeInseeCode: current.communeInseeCode })) return forbidden();

  return inTransaction(ctx.db, async (tx) => {
    const items = planItemsRepository(tx);
    await items.lockPlan(current.projectId);
    const plan = await items.listForProject(scope, current.projectId);
    const removable = checkRemoval(current, plan);
    if (!removable.ok) return removable;
    const removed = fromWrite(
      await items.remove(scope, { id: current.id, projectId: current.projectId, version: input.version }),
      "Élément du plan",
    );
    if (!removed.ok) return removed;
    await recordChangesRepository(tx).log({
      entity: "plan-item",
      entityId: current.id,
      projectId: current.projectId,
      actorId: actor.id,
      action: "deleted",
      changes: diffFields(snapshot(current, plan), nothing, trackedFields),
    });
    return ok({ id: current.id, title: current.title });
  });
}
