import { communesRepository, planItemsRepository, projectsRepository, recordChangesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { isOverdue, layoutTimeline, type OverduePlanItemsInput } from "@cvv/domain/project-plan";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";
import { parisDate } from "../shared/paris-date.js";

/** The project, if the actor may read it: out of scope and missing look the same. */
async function readableProject(ctx: Context, actor: SessionUser, projectId: string) {
  const project = await projectsRepository(ctx.db).find(scopeOf(actor), projectId);
  if (!project || !can(actor, "project.read", { communeInseeCode: project.communeInseeCode })) return null;
  return project;
}

/**
 * A project's plan as its page shows it: the items with their dependencies by title and whether
 * they are late, the timeline laid out over the project's span, and whether the reader may edit.
 */
export async function listPlan(ctx: Context, actor: SessionUser, projectId: string) {
  const project = await readableProject(ctx, actor, projectId);
  if (!project) return notFound("Projet");
  const [commune, items] = await Promise.all([
    communesRepository(ctx.db).find(project.communeInseeCode),
    planItemsRepository(ctx.db).listForProject(scopeOf(actor), project.id),
  ]);
  const today = parisDate(ctx.now());
  const titles = new Map(items.map((item) => [item.id, item.title]));
  return ok({
    project: {
      id: project.id,
      title: project.title,
      communeInseeCode: project.communeInseeCode,
      communeName: commune?.name ?? project.communeInseeCode,
      startsOn: project.startsOn,
      endsOn: project.endsOn,
    },
    today,
    items: items.map((item) => ({
      ...item,
      overdue: isOverdue(item, today),
      dependsOn: item.dependsOnIds.map((id) => ({ id, title: titles.get(id) ?? "" })),
    })),
    timeline: layoutTimeline(items, { projectStartsOn: project.startsOn, projectEndsOn: project.endsOn, today }),
    permissions: { manage: can(actor, "plan.manage", { communeInseeCode: project.communeInseeCode }) },
  });
}

/**
 * Who changed what in a project's plan, newest first. Each entry names its item: by its current
 * title, or, once deleted, by the last title its history knew.
 */
export async function planHistory(ctx: Context, actor: SessionUser, projectId: string) {
  const project = await readableProject(ctx, actor, projectId);
  if (!project) return notFound("Projet");
  const [entries, items] = await Promise.all([
    recordChangesRepository(ctx.db).forProject(project.id, { entity: "plan-item" }),
    planItemsRepository(ctx.db).listForProject(scopeOf(actor), project.id),
  ]);
  const titles = new Map(items.map((item) => [item.id, item.title]));
  for (const entry of entries) {
    const title = entry.changes["title"];
    if (title && !titles.has(entry.entityId)) titles.set(entry.entityId, String(title[1] ?? title[0]));
  }
  return ok(entries.map((entry) => ({ ...entry, itemTitle: titles.get(entry.entityId) ?? null })));
}

/** Late items across the projects (of one programme, if given), for whoever steers them. */
export async function overduePlanItems(ctx: Context, actor: SessionUser, input: OverduePlanItemsInput) {
  if (!can(actor, "plan.manage")) return forbidden();
  return ok(
    await planItemsRepository(ctx.db).overdue({ today: parisDate(ctx.now()), programmeId: input?.programmeId }),
  );
}
