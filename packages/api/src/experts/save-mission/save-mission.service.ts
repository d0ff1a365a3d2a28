import { expertsRepository, projectsRepository, recordChangesRepository, type Tx } from "@cvv/db";
import {
  checkMissionDates,
  checkMissionDelivery,
  missionChanges,
  type CreateMissionInput,
  type Mission,
  type UpdateMissionInput,
} from "@cvv/domain/experts";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

async function projectExists(tx: Tx, projectId: string): Promise<Result<void>> {
  // Officers work across communes: the whole programme is in their scope.
  const project = await projectsRepository(tx).find("all", projectId);
  return project
    ? ok(undefined)
    : fail("INVALID", "Ce projet n'existe pas (ou plus) : choisissez-en un dans la liste.", "projectId");
}

/** A mission of an expert on a project, with the first line of its history. */
export async function createMission(
  ctx: Context,
  actor: SessionUser,
  input: CreateMissionInput,
): Promise<Result<Mission>> {
  if (!can(actor, "expert.manage")) return forbidden();
  const delivery = checkMissionDelivery(input.status ?? "proposed", input.deliverables ?? []);
  if (!delivery.ok) return delivery;
  return inTransaction(ctx.db, async (tx) => {
    const repo = expertsRepository(tx);
    if (!(await repo.find(input.expertId))) return notFound("Expert");
    const project = await projectExists(tx, input.projectId);
    if (!project.ok) return project;
    const created = await repo.createMission(input);
    await recordChangesRepository(tx).log({
      entity: "mission",
      entityId: created.id,
      projectId: created.projectId,
      actorId: actor.id,
      action: "created",
      changes: missionChanges(null, created),
    });
    return ok(created);
  });
}

/**
 * Writes what changed of a mission of this expert, against the version loaded; sent deliverables
 * replace the list. The dates are checked as they will stand, one of them possibly unchanged.
 */
export async function updateMission(
  ctx: Context,
  actor: SessionUser,
  input: UpdateMissionInput,
): Promise<Result<Mission>> {
  if (!can(actor, "expert.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = expertsRepository(tx);
    const before = await repo.findMission(input.expertId, input.id);
    if (!before) return notFound("Mission");
    const dates = checkMissionDates(input.startsOn ?? before.startsOn, input.endsOn ?? before.endsOn);
    if (!dates.ok) return dates;
    if (input.deliverables) {
      const delivery = checkMissionDelivery(before.status, input.deliverables);
      if (!delivery.ok) return delivery;
    }
    if (input.projectId && input.projectId !== before.projectId) {
      const project = await projectExists(tx, input.projectId);
      if (!project.ok) return project;
    }
    const written = fromWrite(await repo.updateMission(input), "Mission");
    if (!written.ok) return written;
    const after = input.deliverables
      ? await repo.replaceDeliverables(input.expertId, input.id, input.deliverables)
      : written.value;
    if (!after) return notFound("Mission");
    await recordChangesRepository(tx).log({
      entity: "mission",
      entityId: after.id,
      projectId: after.projectId,
      actorId: actor.id,
      action: "updated",
      changes: missionChanges(before, after),
    });
    return ok(after);
  });
}
