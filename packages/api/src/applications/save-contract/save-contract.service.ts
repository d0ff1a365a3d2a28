import { applicationsRepository, isUniqueViolation, projectsRepository, recordChangesRepository } from "@cvv/db";
import {
  checkContractDates,
  checkContractOpening,
  contractPeriod,
  type CreateContractInput,
  type UpdateContractInput,
} from "@cvv/domain/applications";
import { can } from "@cvv/domain/permissions";
import { diffFields, fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, messages, notFound } from "../../shared/errors.js";
import { parisDate } from "../../shared/paris-date.js";
import { inTransaction } from "../../shared/transaction.js";
import { uniqueSlug } from "../../shared/unique-slug.js";
import { loadApplication } from "../application-access.js";
import {
  applicationHistory,
  applicationHistoryFields,
  contractHistory,
  contractHistoryFields,
  contractView,
  type ContractView,
} from "../application-view.js";

export interface OpenedProject {
  contract: ContractView;
  project: { id: string; slug: string; title: string };
}

/**
 * An officer records the contract signed with a selected commune, which opens its project: in
 * one transaction, the project (the application's title, summary, themes and perimeter, committed,
 * over the contract's period), the contract, and the application's link to the project. A refusal
 * at any point leaves nothing written.
 */
export async function createContract(
  ctx: Context,
  actor: SessionUser,
  input: CreateContractInput,
): Promise<Result<OpenedProject>> {
  const found = await loadApplication(ctx, actor, input.applicationId, "contract.manage");
  if (!found.ok) return found;
  const application = found.value;
  const opening = checkContractOpening(application, application.contract !== null);
  if (!opening.ok) return opening;
  const terms = { signedOn: input.signedOn, startsOn: input.startsOn ?? null, durationMonths: input.durationMonths };
  const dates = checkContractDates(terms, parisDate(ctx.now()));
  if (!dates.ok) return dates;
  const period = contractPeriod(terms);
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const projects = projectsRepository(tx);
      const applications = applicationsRepository(tx);
      const slug = await uniqueSlug(`${application.communeName} ${application.title}`, projects.slugTaken);
      const project = await projects.create({
        programmeId: application.programmeId,
        editionId: application.editionId,
        communeInseeCode: application.communeInseeCode,
        title: application.title,
        summary: application.summary,
        themes: application.themes,
        perimeter: application.perimeter,
        slug,
        status: "committed",
        startsOn: period.startsOn,
        endsOn: period.endsOn,
      });
      const contract = await applications.createContract({
        projectId: project.id,
        applicationId: application.id,
        reference: input.reference,
        parties: input.parties,
        signedOn: input.signedOn,
        amountCents: input.amount,
        durationMonths: input.durationMonths,
        startsOn: terms.startsOn,
      });
      // The version loaded above: an application changed meanwhile is a conflict, and everything rolls back.
      const linked = fromWrite(
        await applications.linkProject(application.id, application.version, project.id),
        "Candidature",
      );
      if (!linked.ok) return linked;
      const history = recordChangesRepository(tx);
      await history.log({
        entity: "application",
        entityId: application.id,
        projectId: project.id,
        actorId: actor.id,
        action: "contract",
        changes: diffFields(
          applicationHistory(application),
          applicationHistory(linked.value),
          applicationHistoryFields,
        ),
      });
      await history.log({
        entity: "contract",
        entityId: contract.id,
        projectId: project.id,
        actorId: actor.id,
        action: "created",
        changes: diffFields(null, contractHistory(contract), contractHistoryFields),
      });
      return ok({
        contract: contractView(contract),
        project: { id: project.id, slug: project.slug, title: project.title },
      });
    });
  } catch (error) {
    // A colleague recorded the contract at the same moment: the unique indexes decide, the second is told to reload.
    if (isUniqueViolation(error)) return fail("CONFLICT", messages.conflict);
    throw error;
  }
}

/** An officer corrects a contract at the version the form was opened on. */
export async function updateContract(
  ctx: Context,
  actor: SessionUser,
  input: UpdateContractInput,
): Promise<Result<ContractView>> {
  const scope = scopeOf(actor);
  const current = await applicationsRepository(ctx.db).findContract(scope, input.id);
  const about = current ? { communeInseeCode: current.communeInseeCode } : null;
  if (!current || !about || !can(actor, "application.read", about)) return notFound("Contrat");
  if (!can(actor, "contract.manage", about)) return forbidden();
  const signedOn = input.signedOn ?? current.signedOn;
  // A contract recorded without its signature date has nothing to check its dates against.
  if (signedOn) {
    const startsOn = input.startsOn === undefined ? current.startsOn : input.startsOn;
    const dates = checkContractDates({ signedOn, startsOn }, parisDate(ctx.now()));
    if (!dates.ok) return dates;
  }
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(
      await applicationsRepository(tx).updateContract(scope, input.id, input.version, {
        reference: input.reference,
        parties: input.parties,
        signedOn: input.signedOn,
        amountCents: input.amount,
        durationMonths: input.durationMonths,
        startsOn: input.startsOn,
      }),
      "Contrat",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "contract",
      entityId: current.id,
      projectId: current.projectId,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(contractHistory(current), contractHistory(written.value), contractHistoryFields),
    });
    return ok(contractView(written.value));
  });
}
