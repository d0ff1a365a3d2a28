import { planItemsRepository, projectsRepository, recordChangesRepository, type PlanItemRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkDependencies, resolvePlanItem, type CreatePlanItemInput } from "@cvv/domain/project-plan";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { parisDate } from "../../shared/paris-date.js";
import { inTransaction } from "../../shared/transaction.js";
import { snapshot, trackedFields } from "../plan-history.js";

/** An officer adds an action or a milestone to a project's plan; the item and its history entry land together. */
export async function createPlanItem(
  ctx: Context,
  actor: SessionUser,
  input: CreatePlanItemInput,
): Promise<Result<PlanItemRecord>> {
  const scope = scopeOf(actor);
  const project = await projectsRepository(ctx.db).find(scope, input.projectId);
  // Out of scope and missing look the same: a contributor learns nothing of other communes.
  if (!project || !can(actor, "project.read", { communeInseeCode: project.communeInseeCode })) {
    return notFound("Projet");
  }
  if (!can(actor, "plan.manage", { communeInseeCode: project.communeInseeCode })) return forbidden();
  const draft = resolvePlanItem(null, input, parisDate(ctx.now()));
  if (!draft.ok) return draft;

  return inTransaction(ctx.db, async (tx) => {
    const items = planItemsRepository(tx);
    await items.lockPlan(project.id);
    const plan = await items.listForProject(scope, project.id);
    const dependencies = checkDependencies({ id: null, title: draft.value.title }, draft.value.dependsOnIds, plan);
    if (!dependencies.ok) return dependencies;
    const created = await items.create({ ...draft.value, dependsOnIds: dependencies.value, projectId: project.id });
    await recordChangesRepository(tx).log({
      entity: "plan-item",
      entityId: created.id,
      projectId: project.id,
      actorId: actor.id,
      action: "created",
      changes: diffFields(null, snapshot(created, plan), trackedFields),
    });
    return ok(created);
  });
}
