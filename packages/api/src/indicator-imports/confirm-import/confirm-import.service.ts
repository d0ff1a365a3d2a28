import {
  campaignsRepository,
  importJobsRepository,
  indicatorsRepository,
  indicatorValuesRepository,
  type ImportOutcome,
} from "@cvv/db";
import { importStatusLabels } from "@cvv/domain/labels";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { campaignClosed } from "../check-import/check-import.task.js";
import { keyOf } from "../check-import/row-checks.js";
import { liveJobs, toJobView, type ImportJobView, type ImportPlan, type ImportReport } from "../import-job.js";
import { breathe } from "../read-spreadsheet.js";

/** Rows per statement: large enough to be fast, small enough to report progress. */
export const APPLY_BATCH = 5000;
// 200,000 rows take about a minute on the embedded database; the margin covers a slow disk or server.
const APPLY_TIMEOUT_MS = 15 * 60_000;

export const applyFailed =
  "L'enregistrement a échoué à cause d'une erreur interne : aucune valeur du fichier n'a été enregistrée. Réessayez ; si l'erreur persiste, contactez l'administrateur.";

/** Only a job the contributor started is theirs; officers and administrators see every job. */
export const ownerOf = (actor: SessionUser) => (actor.role === "contributor" ? actor.id : null);

/**
 * Confirms a checked import without errors: the job moves to "applying" (once: a second click
 * finds it already moved) and its rows are written in the background, all or nothing.
 */
export async function confirmImport(
  ctx: Context,
  actor: SessionUser,
  input: { id: string },
): Promise<Result<ImportJobView>> {
  if (!can(actor, "value.import")) return forbidden();
  const jobs = importJobsRepository(ctx.db);
  const found = await jobs.find(input.id, ownerOf(actor));
  if (!found) return notFound("Import");
  const job = toJobView(found);
  if (job.status !== "checked") {
    return fail(
      "TRANSITION_REFUSED",
      `Cet import est « ${importStatusLabels[job.status]} » : seul un import vérifié peut être confirmé.`,
    );
  }
  const errorCount = job.report?.errorCount ?? 0;
  if (errorCount > 0) {
    return fail(
      "TRANSITION_REFUSED",
      `La vérification a trouvé ${errorCount} erreur${errorCount > 1 ? "s" : ""} : corrigez le fichier et importez-le de nouveau. Rien n'a été enregistré.`,
    );
  }
  const campaign = job.campaignId ? await campaignsRepository(ctx.db).find("all", job.campaignId) : null;
  if (!campaign) return notFound("Campagne");
  if (campaign.status !== "open") return fail("TRANSITION_REFUSED", campaignClosed(campaign.name, campaign.status));

  if (!(await jobs.transition(job.id, "checked", "applying", ownerOf(actor)))) {
    return fail("CONFLICT", "Cet import vient d'être confirmé ou modifié par ailleurs : rechargez la page.");
  }
  const applying: ImportJobView = { ...job, status: "applying", processedRows: 0 };
  ctx.tasks.run(`import ${job.id}: apply`, () => applyImport(ctx, actor, applying));
  return ok(applying);
}

/**
 * Writes the previewed rows in one transaction. A value sent for review since the check makes the
 * whole import fail: nothing of the file is written, and the message says which line.
 */
async function applyImport(ctx: Context, actor: SessionUser, job: ImportJobView): Promise<void> {
  const jobs = importJobsRepository(ctx.db);
  const stored = await jobs.rows(job.id);
  const plan = typeof stored === "string" ? (JSON.parse(stored) as ImportPlan) : null;
  const rows = plan?.rows ?? [];
  liveJobs.start(job, rows.length);
  try {
    const now = ctx.now();
    const outcome = await inTransaction(
      ctx.db,
      async (tx) => {
        const values = indicatorValuesRepository(tx);
        const total: ImportOutcome = { created: 0, updated: 0, unchanged: 0 };
        for (let start = 0; start < rows.length; start += APPLY_BATCH) {
          const batch = rows
            .slice(start, start + APPLY_BATCH)
            .map(([index, communeInseeCode, period, value, source, comment, line]) => ({
              indicatorId: plan!.indicatorIds[index]!,
              communeInseeCode,
              period,
              value,
              source,
              comment,
              line,
            }));
          const written = await values.upsertImported(batch, {
            campaignId: job.campaignId,
            actorId: actor.id,
            status: plan!.status,
            now,
          });
          // upsertImported leaves a value sent for review since the check alone: the whole file is refused.
          const underReview = written.underReview;
          if (underReview) {
            const line = batch.find((row) => keyOf(row) === keyOf(underReview))?.line;
            const indicator = await indicatorsRepository(tx).find(underReview.indicatorId);
            return fail(
              "CONFLICT",
              `Ligne ${line} : la valeur de l'indicateur « ${indicator?.code} » pour la commune ${underReview.communeInseeCode} et la période ${underReview.period} ` +
                "a été envoyée en relecture depuis la vérification. Aucune valeur du fichier n'a été enregistrée : importez-le de nouveau.",
            );
          }
          total.created += written.created;
          total.updated += written.updated;
          total.unchanged += written.unchanged;
          liveJobs.progress(job.id, Math.min(rows.length, start + APPLY_BATCH));
          await breathe();
        }
        return ok(total);
      },
      { timeout: APPLY_TIMEOUT_MS, maxWait: 60_000 },
    );
    if (!outcome.ok) {
      await jobs.update(job.id, { status: "failed", error: outcome.error.message, finishedAt: ctx.now() });
      return;
    }
    const report: ImportReport = { ...(job.report as ImportReport), ...outcome.value };
    await jobs.update(job.id, {
      status: "done",
      processedRows: rows.length,
      report,
      // Applied: the rows have served their purpose.
      rows: null,
      finishedAt: ctx.now(),
    });
  } catch (error) {
    await jobs.update(job.id, { status: "failed", error: applyFailed, finishedAt: ctx.now() });
    throw error;
  } finally {
    liveJobs.end(job.id);
  }
}
