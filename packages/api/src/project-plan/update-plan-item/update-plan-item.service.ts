import { planItemsRepository, recordChangesRepository, type PlanItemRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkDependencies, resolvePlanItem, type UpdatePlanItemInput } from "@cvv/domain/project-plan";
import { diffFields, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { parisDate } from "../../shared/paris-date.js";
import { inTransaction } from "../../shared/transaction.js";
import { snapshot, trackedFields } from "../plan-history.js";

/**
 * An officer edits an item: the version they loaded must still be the stored one (two officers
 * never overwrite each other), the rules see the item as it will be, and the write and its
 * history entry land together or not at all.
 */
export async function updatePlanItem(
  ctx: Context,
  actor: SessionUser,
  input: UpdatePlanItemInput,
): Promise<Result<PlanItemRecord>> {
  const scope = scopeOf(actor);
  const current = await planItemsRepository(ctx.db).find(scope, input.id);
  if (!current || !can(actor, "project.read", { communeInseeCode: current.communeInseeCode })) {
    return notFound("Élément du plan");
  }
  if (!can(actor, "plan.manage", { communeInseeCode: current.communeInseeCode })) return forbidden();
  const draft = resolvePlanItem(current, input, parisDate(ctx.now()));
  if (!draft.ok) return draft;

  return inTransaction(ctx.db, async (tx) => {
    const items = planItemsRepository(tx);
    await items.lockPlan(current.projectId);
    const plan = await items.listForProject(scope, current.projectId);
    // Unchanged dependencies cannot close a cycle: only a new list is checked (and written).
    let dependsOnIds: string[] | undefined;
    if (input.dependsOnIds !== undefined) {
      const checked = checkDependencies({ id: current.id, title: draft.value.title }, input.dependsOnIds, plan);
      if (!checked.ok) return checked;
      dependsOnIds = checked.value;
    }
    const written = fromWrite(
      await items.update(scope, {
        ...draft.value,
        dependsOnIds,
        id: current.id,
        projectId: current.projectId,
        version: input.version,
      }),
      "Élément du plan",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "plan-item",
      entityId: current.id,
      projectId: current.projectId,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(snapshot(current, plan), snapshot(written.value, plan), trackedFields),
    });
    return written;
  });
}
