import { applicationsRepository, recordChangesRepository, type ApplicationDetail, type ApplicationStep } from "@cvv/db";
import { can, type Action } from "@cvv/domain/permissions";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, fromWrite, notFound } from "../shared/errors.js";
import { inTransaction } from "../shared/transaction.js";
import {
  applicationHistory,
  applicationHistoryFields,
  applicationView,
  type ApplicationView,
} from "./application-view.js";

/**
 * The application acted on, if the caller may: out of scope and missing look the same (a
 * contributor learns nothing of other communes); the commune's own contributor who may read it
 * but not do this (review it, sign its contract) is told so.
 */
export async function loadApplication(
  ctx: Context,
  actor: SessionUser,
  id: string,
  action: Action,
): Promise<Result<ApplicationDetail>> {
  const application = await applicationsRepository(ctx.db).find(scopeOf(actor), id);
  const about = application ? { communeInseeCode: application.communeInseeCode } : null;
  if (!application || !about || !can(actor, "application.read", about)) return notFound("Candidature");
  if (!can(actor, action, about)) return forbidden();
  return ok(application);
}

/** Officers and administrators read every application; a contributor those of their communes. */
export function readsApplications(actor: SessionUser): boolean {
  return (
    can(actor, "application.read") ||
    actor.communeCodes.some((communeInseeCode) => can(actor, "application.read", { communeInseeCode }))
  );
}

/**
 * Moves an application one step, at the version the person looked at, and records the step in
 * its history in the same transaction: the step and its trace land together or not at all.
 */
export async function moveApplication(
  ctx: Context,
  actor: SessionUser,
  current: ApplicationDetail,
  version: number,
  step: ApplicationStep,
  trace: string,
): Promise<Result<ApplicationView>> {
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(
      await applicationsRepository(tx).transition(scopeOf(actor), current.id, version, step),
      "Candidature",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "application",
      entityId: current.id,
      projectId: current.projectId,
      actorId: actor.id,
      action: trace,
      changes: diffFields(applicationHistory(current), applicationHistory(written.value), applicationHistoryFields),
    });
    return ok(applicationView(written.value));
  });
}
