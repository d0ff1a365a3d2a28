import { fundingRepository, recordChangesRepository, type Tx } from "@cvv/db";
import {
  checkGrantAmount,
  checkPaymentTermsNote,
  type CreateGrantInput,
  type UpdateGrantInput,
} from "@cvv/domain/funding";
import { diffFields, fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { fundingProject } from "../funding-access.js";
import { grantHistory, grantHistoryFields, grantView, type GrantView } from "../funding-view.js";

/** A grant answers a line of its own project's plan, or none. */
async function checkLine(tx: Tx, projectId: string, fundingLineId: string | null | undefined): Promise<Result<void>> {
  if (!fundingLineId || (await fundingRepository(tx).findLine(projectId, fundingLineId))) return ok(undefined);
  return fail(
    "INVALID",
    "Cette ligne de financement n'appartient pas au plan de financement du projet.",
    "fundingLineId",
  );
}

/** An officer records a grant decided for the project, with the essential data of the SCDL. */
export async function createGrant(
  ctx: Context,
  actor: SessionUser,
  input: CreateGrantInput,
): Promise<Result<GrantView>> {
  const project = await fundingProject(ctx, actor, input.projectId, "manage");
  if (!project.ok) return project;
  const paymentTerms = input.paymentTerms ?? "single";
  const paymentTermsNote = input.paymentTermsNote ?? "";
  const terms = checkPaymentTermsNote(paymentTerms, paymentTermsNote);
  if (!terms.ok) return terms;
  return inTransaction(ctx.db, async (tx) => {
    const line = await checkLine(tx, input.projectId, input.fundingLineId);
    if (!line.ok) return line;
    const grant = await fundingRepository(tx).createGrant(input.projectId, {
      fundingLineId: input.fundingLineId ?? null,
      funderName: input.funderName,
      funderSiret: input.funderSiret,
      beneficiaryName: input.beneficiaryName,
      beneficiarySiret: input.beneficiarySiret,
      purpose: input.purpose,
      decisionReference: input.decisionReference ?? "",
      conventionOn: input.conventionOn,
      amountCents: input.amount,
      nature: input.nature ?? "cash",
      paymentTerms,
      paymentTermsNote,
      share: input.share ?? 1,
      euNotified: input.euNotified ?? false,
      raeId: input.raeId ?? "",
    });
    await recordChangesRepository(tx).log({
      entity: "grant",
      entityId: grant.id,
      projectId: input.projectId,
      actorId: actor.id,
      action: "created",
      changes: diffFields(null, grantHistory(grant), grantHistoryFields),
    });
    return ok(grantView(grant));
  });
}

/**
 * Corrects a grant at the version the form was opened on. A new amount is checked against what
 * was paid and scheduled with the grant locked, so a payment recorded meanwhile is counted.
 */
export async function updateGrant(
  ctx: Context,
  actor: SessionUser,
  input: UpdateGrantInput,
): Promise<Result<GrantView>> {
  const project = await fundingProject(ctx, actor, input.projectId, "manage");
  if (!project.ok) return project;
  return inTransaction(ctx.db, async (tx) => {
    const grants = fundingRepository(tx);
    const locked = await grants.lockGrant(input.projectId, input.id);
    const before = locked && (await grants.findGrant(input.projectId, input.id));
    if (!locked || !before) return notFound("Subvention");
    const terms = checkPaymentTermsNote(
      input.paymentTerms ?? before.paymentTerms,
      input.paymentTermsNote ?? before.paymentTermsNote,
    );
    if (!terms.ok) return terms;
    if (input.amount !== undefined) {
      const amount = checkGrantAmount(input.amount, locked);
      if (!amount.ok) return amount;
    }
    const line = await checkLine(tx, input.projectId, input.fundingLineId);
    if (!line.ok) return line;
    const written = fromWrite(
      await grants.updateGrant(input.projectId, input.id, input.version, {
        fundingLineId: input.fundingLineId,
        funderName: input.funderName,
        funderSiret: input.funderSiret,
        beneficiaryName: input.beneficiaryName,
        beneficiarySiret: input.beneficiarySiret,
        purpose: input.purpose,
        decisionReference: input.decisionReference,
        conventionOn: input.conventionOn,
        amountCents: input.amount,
        nature: input.nature,
        paymentTerms: input.paymentTerms,
        paymentTermsNote: input.paymentTermsNote,
        share: input.share,
        euNotified: input.euNotified,
        raeId: input.raeId,
      }),
      "Subvention",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "grant",
      entityId: input.id,
      projectId: input.projectId,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(grantHistory(before), grantHistory(written.value), grantHistoryFields),
    });
    return ok(grantView(written.value));
  });
}
