import {
  indicatorsRepository,
  isUniqueViolation,
  programmesRepository,
  projectsRepository,
  type AssignmentRecord,
} from "@cvv/db";
import { checkTargets, type AssignIndicatorInput, type UpdateAssignmentInput } from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** Attaches an indicator to a programme, or to one of its projects, with its trajectory. */
export async function assignIndicator(
  ctx: Context,
  actor: SessionUser,
  input: AssignIndicatorInput,
): Promise<Result<AssignmentRecord>> {
  if (!can(actor, "indicator.manage")) return forbidden();
  const indicator = await indicatorsRepository(ctx.db).find(input.indicatorId);
  if (!indicator) return notFound("Indicateur");
  if (!(await programmesRepository(ctx.db).find(input.programmeId))) return notFound("Programme");
  if (input.projectId) {
    const project = await projectsRepository(ctx.db).find("all", input.projectId);
    if (!project) return notFound("Projet");
    if (project.programmeId !== input.programmeId) {
      return fail("INVALID", "Ce projet n'appartient pas à ce programme.", "projectId");
    }
  }
  const targets = checkTargets(indicator.frequency, input.targets ?? []);
  if (!targets.ok) return targets;
  try {
    return ok(
      await indicatorsRepository(ctx.db).assign({
        indicatorId: input.indicatorId,
        programmeId: input.programmeId,
        projectId: input.projectId ?? null,
        baselineValue: input.baselineValue ?? null,
        baselineDate: input.baselineDate ?? null,
        alertThreshold: input.alertThreshold ?? null,
        targets: targets.value,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      return fail("CONFLICT", `L'indicateur « ${indicator.name} » est déjà suivi ici : modifiez son suivi existant.`);
    }
    throw error;
  }
}

export async function updateAssignment(
  ctx: Context,
  actor: SessionUser,
  input: UpdateAssignmentInput,
): Promise<Result<AssignmentRecord>> {
  if (!can(actor, "indicator.manage")) return forbidden();
  const current = await indicatorsRepository(ctx.db).findAssignment(input.id);
  if (!current) return notFound("Suivi d'indicateur");
  const indicator = await indicatorsRepository(ctx.db).find(current.indicatorId);
  if (!indicator) return notFound("Indicateur");
  let targets: { period: string; value: number }[] | undefined;
  if (input.targets) {
    const checked = checkTargets(indicator.frequency, input.targets);
    if (!checked.ok) return checked;
    targets = checked.value;
  }
  const { id, version, ...changes } = input;
  return inTransaction(ctx.db, async (tx) =>
    fromWrite(
      await indicatorsRepository(tx).updateAssignment(id, version, { ...changes, ...(targets ? { targets } : {}) }),
      "Suivi d'indicateur",
    ),
  );
}

export async function removeAssignment(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number },
): Promise<Result<true>> {
  if (!can(actor, "indicator.manage")) return forbidden();
  return fromWrite(await indicatorsRepository(ctx.db).removeAssignment(input.id, input.version), "Suivi d'indicateur");
}
