import { governanceRepository, recordChangesRepository } from "@cvv/db";
import { actionItemFields, type CreateActionItemInput, type UpdateActionItemInput } from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { diffFields, ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { actionItemView, todayOf } from "../action-item-view.js";
import { checkProgrammeProjects } from "../programme-projects.js";

export async function createActionItem(ctx: Context, actor: SessionUser, input: CreateActionItemInput) {
  if (!can(actor, "governance.manage")) return forbidden();
  const meeting = await governanceRepository(ctx.db).findMeeting(input.meetingId);
  if (!meeting) return notFound("Réunion");
  const project = await checkProgrammeProjects(ctx.db, meeting.programmeId, [input.projectId], () => "projectId");
  if (!project.ok) return project;
  return inTransaction(ctx.db, async (tx) => {
    const item = await governanceRepository(tx).createActionItem({
      meetingId: meeting.id,
      title: input.title,
      owner: input.owner,
      dueOn: input.dueOn,
      status: input.status ?? "open",
      projectId: input.projectId ?? null,
    });
    await recordChangesRepository(tx).log({
      entity: "action-item",
      entityId: item.id,
      projectId: item.projectId,
      actorId: actor.id,
      action: "created",
      changes: diffFields(null, item, actionItemFields),
    });
    return ok(actionItemView(item, todayOf(ctx)));
  });
}

export async function updateActionItem(ctx: Context, actor: SessionUser, input: UpdateActionItemInput) {
  if (!can(actor, "governance.manage")) return forbidden();
  const current = await governanceRepository(ctx.db).findActionItem(input.id);
  if (!current) return notFound("Action");
  const project = await checkProgrammeProjects(ctx.db, current.programmeId, [input.projectId], () => "projectId");
  if (!project.ok) return project;
  const { id, version, ...changes } = input;
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(
      await governanceRepository(tx).updateActionItem({ id, meetingId: current.meetingId, version, ...changes }),
      "Action",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "action-item",
      entityId: id,
      // An item moved to another project shows in that project's history from now on.
      projectId: written.value.projectId ?? current.projectId,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(current, written.value, actionItemFields),
    });
    return ok(actionItemView(written.value, todayOf(ctx)));
  });
}
