import { campaignsRepository, filesRepository, importJobsRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { campaignClosed, checkImport } from "../check-import/check-import.task.js";
import { toJobView, type ImportJobView } from "../import-job.js";

export interface StartImportInput {
  fileId: string;
  campaignId: string;
  /** Send the imported values for review at once instead of keeping them as drafts. */
  submit?: boolean | undefined;
}

/**
 * Starts the import of an uploaded file into a campaign: the job is created at once and its dry
 * run goes on in the background; the admin app polls `get` for the report.
 */
export async function startImport(
  ctx: Context,
  actor: SessionUser,
  input: StartImportInput,
): Promise<Result<ImportJobView>> {
  if (!can(actor, "value.import")) return forbidden();
  const campaign = await campaignsRepository(ctx.db).find(scopeOf(actor), input.campaignId);
  if (!campaign) return notFound("Campagne");
  if (!campaign.communeCodes.some((code) => can(actor, "value.write", { communeInseeCode: code }))) {
    return forbidden();
  }
  if (campaign.status !== "open") return fail("TRANSITION_REFUSED", campaignClosed(campaign.name, campaign.status));

  const file = await filesRepository(ctx.db).find(input.fileId);
  // Someone else's upload is not theirs to import: it does not exist for them.
  if (!file || (actor.role === "contributor" && file.uploadedById !== actor.id)) return notFound("Fichier");

  const job = toJobView(
    await importJobsRepository(ctx.db).create({
      campaignId: campaign.id,
      createdById: actor.id,
      fileName: file.fileName,
    }),
  );
  ctx.tasks.run(`import ${job.id}: check`, () =>
    checkImport(ctx, actor, job, { fileId: file.id, submit: input.submit ?? false }),
  );
  return ok(job);
}
