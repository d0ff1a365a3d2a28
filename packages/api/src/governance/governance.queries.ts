import { governanceRepository, projectsRepository, type ActionItemFilter } from "@cvv/db";
import { isOutcomeRecordable, raciGrid } from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";
import { actionItemView, todayOf } from "./action-item-view.js";

export async function listBodies(ctx: Context, actor: SessionUser, filter: { programmeId?: string | undefined }) {
  if (!can(actor, "governance.read")) return forbidden();
  return ok(await governanceRepository(ctx.db).listBodies(filter, ctx.now()));
}

/** A body with its members, and its meetings split by whether they are still to come. */
export async function getBody(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "governance.read")) return forbidden();
  const body = await governanceRepository(ctx.db).bodyDetail(id);
  if (!body) return notFound("Instance");
  const now = ctx.now().getTime();
  return ok({
    ...body,
    meetings: body.meetings.map((meeting) => ({ ...meeting, upcoming: Date.parse(meeting.startsAt) > now })),
  });
}

export async function getMeeting(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "governance.read")) return forbidden();
  const meeting = await governanceRepository(ctx.db).meetingDetail(id);
  if (!meeting) return notFound("Réunion");
  const today = todayOf(ctx);
  return ok({
    ...meeting,
    /** Whether attendance, minutes and decisions may be recorded now (see checkOutcomeRecordable). */
    outcomeRecordable: isOutcomeRecordable(meeting, ctx.now().toISOString()),
    actionItems: meeting.actionItems.map((item) => actionItemView(item, today)),
  });
}

export async function listActionItems(ctx: Context, actor: SessionUser, filter: ActionItemFilter) {
  if (!can(actor, "governance.read")) return forbidden();
  const today = todayOf(ctx);
  const items = await governanceRepository(ctx.db).listActionItems(filter);
  return ok(items.map((item) => actionItemView(item, today)));
}

export async function getRaci(ctx: Context, actor: SessionUser, projectId: string) {
  if (!can(actor, "governance.read")) return forbidden();
  const project = await projectsRepository(ctx.db).find(scopeOf(actor), projectId);
  if (!project) return notFound("Projet");
  const assignments = await governanceRepository(ctx.db).raciOf(project.id);
  return ok({
    project: { id: project.id, title: project.title, programmeId: project.programmeId },
    assignments,
    grid: raciGrid(assignments),
  });
}
