import { projectUpdatesRepository, projectsRepository, type UpdateRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import {
  canEditUpdate,
  checkSubmission,
  type CreateUpdateInput,
  type EditUpdateInput,
} from "@cvv/domain/project-updates";
import { checkProjectTransition } from "@cvv/domain/projects";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";

/** A commune writes a progress update on its project, kept as a draft or sent for review at once. */
export async function createUpdate(
  ctx: Context,
  actor: SessionUser,
  input: CreateUpdateInput,
): Promise<Result<UpdateRecord>> {
  const project = await projectsRepository(ctx.db).find(scopeOf(actor), input.projectId);
  if (!project) return notFound("Projet");
  if (!can(actor, "update.write", { communeInseeCode: project.communeInseeCode })) return forbidden();
  const proposedStatus = input.proposedStatus ?? null;
  if (input.submit) {
    const check = checkSubmission("draft", project.status, proposedStatus);
    if (!check.ok) return check;
  } else if (proposedStatus) {
    const check = checkProjectTransition(project.status, proposedStatus);
    if (!check.ok) return check;
  }
  return ok(
    await projectUpdatesRepository(ctx.db).create({
      projectId: project.id,
      authorId: actor.id,
      title: input.title,
      body: input.body,
      proposedStatus,
      status: input.submit ? "submitted" : "draft",
      now: ctx.now(),
    }),
  );
}

/** Edits a draft or a returned update; with `submit`, sends it (again) for review. */
export async function editUpdate(
  ctx: Context,
  actor: SessionUser,
  input: EditUpdateInput,
): Promise<Result<UpdateRecord>> {
  const repo = projectUpdatesRepository(ctx.db);
  const current = await repo.find(scopeOf(actor), input.id);
  if (!current) return notFound("Point d'avancement");
  if (!can(actor, "update.write", { communeInseeCode: current.communeInseeCode })) return forbidden();
  const proposedStatus = input.proposedStatus ?? null;
  const check = input.submit
    ? checkSubmission(current.status, current.projectStatus, proposedStatus)
    : canEditUpdate(current.status);
  if (!check.ok) return check;
  return fromWrite(
    await repo.edit(scopeOf(actor), {
      id: input.id,
      version: input.version,
      title: input.title,
      body: input.body,
      proposedStatus,
      // A returned update stays "returned" until resubmitted, so the officer's comment stays in view.
      status: input.submit ? "submitted" : current.status === "returned" ? "returned" : "draft",
      now: ctx.now(),
    }),
    "Point d'avancement",
  );
}
