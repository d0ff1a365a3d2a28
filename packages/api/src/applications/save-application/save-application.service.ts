import {
  applicationsRepository,
  communesRepository,
  definedOnly,
  editionsRepository,
  isUniqueViolation,
  programmesRepository,
  recordChangesRepository,
  type ApplicationContent,
  type ApplicationStep,
} from "@cvv/db";
import {
  canEditApplication,
  checkEditionTakesDrafts,
  checkSubmission,
  type CreateApplicationInput,
  type UpdateApplicationInput,
} from "@cvv/domain/applications";
import { can } from "@cvv/domain/permissions";
import { diffFields, fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { parisDate } from "../../shared/paris-date.js";
import { inTransaction } from "../../shared/transaction.js";
import { loadApplication } from "../application-access.js";
import {
  applicationHistory,
  applicationHistoryFields,
  applicationView,
  type ApplicationView,
} from "../application-view.js";

function alreadyApplied(communeName: string, editionName: string) {
  return fail(
    "CONFLICT",
    `${communeName} a déjà une candidature à l'édition « ${editionName} » : une commune ne candidate qu'une fois par édition. Complétez la candidature existante.`,
    "editionId",
  );
}

/** What submitting leaves on the record: when, and by whom. */
const submittedBy = (ctx: Context, actor: SessionUser): ApplicationStep => ({
  status: "submitted",
  submittedAt: ctx.now(),
  submittedById: actor.id,
});

/**
 * A commune (or an officer on its behalf) starts its application to an edition, kept as a draft
 * or submitted at once. One application per commune and edition: a second is refused in words.
 */
export async function createApplication(
  ctx: Context,
  actor: SessionUser,
  input: CreateApplicationInput,
): Promise<Result<ApplicationView>> {
  if (!can(actor, "application.write", { communeInseeCode: input.communeInseeCode })) return forbidden();
  const [edition, commune] = await Promise.all([
    editionsRepository(ctx.db).find(input.editionId),
    communesRepository(ctx.db).find(input.communeInseeCode),
  ]);
  const programme = edition ? await programmesRepository(ctx.db).find(edition.programmeId) : null;
  // Communes do not see the editions of a programme still in preparation.
  if (!edition || !programme || (programme.status === "draft" && actor.role === "contributor")) {
    return notFound("Édition");
  }
  if (!commune) {
    return fail(
      "INVALID",
      `La commune ${input.communeInseeCode} n'est pas membre de la Métropole du Grand Paris.`,
      "communeInseeCode",
    );
  }
  const takesDrafts = checkEditionTakesDrafts(edition);
  if (!takesDrafts.ok) return takesDrafts;
  if (await applicationsRepository(ctx.db).findForCommune(edition.id, commune.inseeCode)) {
    return alreadyApplied(commune.name, edition.name);
  }
  const content: ApplicationContent = {
    title: input.title,
    summary: input.summary ?? "",
    motivation: input.motivation ?? "",
    themes: input.themes ?? [],
    perimeter: input.perimeter ?? "",
    estimatedBudgetCents: input.estimatedBudget ?? null,
    contactName: input.contactName ?? "",
    contactEmail: input.contactEmail ?? "",
  };
  if (input.submit) {
    const submission = checkSubmission({ status: "draft", ...content }, edition, parisDate(ctx.now()));
    if (!submission.ok) return submission;
  }
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const created = await applicationsRepository(tx).create({
        editionId: edition.id,
        communeInseeCode: commune.inseeCode,
        ...content,
        ...(input.submit ? { step: submittedBy(ctx, actor) } : {}),
      });
      await recordChangesRepository(tx).log({
        entity: "application",
        entityId: created.id,
        projectId: null,
        actorId: actor.id,
        action: "created",
        changes: diffFields(null, applicationHistory(created), applicationHistoryFields),
      });
      return ok(applicationView(created));
    });
  } catch (error) {
    // Two people of the commune started it at the same moment: the database's unique index decides.
    if (isUniqueViolation(error)) return alreadyApplied(commune.name, edition.name);
    throw error;
  }
}

/**
 * The commune edits its draft at the version it opened; with `submit`, sends it too, checked as
 * it will be stored (what was there, with this edit).
 */
export async function updateApplication(
  ctx: Context,
  actor: SessionUser,
  input: UpdateApplicationInput,
): Promise<Result<ApplicationView>> {
  const found = await loadApplication(ctx, actor, input.id, "application.write");
  if (!found.ok) return found;
  const current = found.value;
  const editable = canEditApplication(current.status);
  if (!editable.ok) return editable;
  const changes: Partial<ApplicationContent> = {
    title: input.title,
    summary: input.summary,
    motivation: input.motivation,
    themes: input.themes,
    perimeter: input.perimeter,
    estimatedBudgetCents: input.estimatedBudget,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
  };
  if (input.submit) {
    const submission = checkSubmission({ ...current, ...definedOnly(changes) }, current.edition, parisDate(ctx.now()));
    if (!submission.ok) return submission;
  }
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(
      await applicationsRepository(tx).update(
        scopeOf(actor),
        input.id,
        input.version,
        changes,
        input.submit ? submittedBy(ctx, actor) : undefined,
      ),
      "Candidature",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "application",
      entityId: current.id,
      projectId: current.projectId,
      actorId: actor.id,
      action: input.submit ? "submitted" : "updated",
      changes: diffFields(applicationHistory(current), applicationHistory(written.value), applicationHistoryFields),
    });
    return ok(applicationView(written.value));
  });
}
