import {
  campaignsRepository,
  communesRepository,
  filesRepository,
  importJobsRepository,
  indicatorsRepository,
  indicatorValuesRepository,
} from "@cvv/db";
import { campaignStatusLabels } from "@cvv/domain/labels";
import type { Actor } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import {
  liveJobs,
  MAX_REPORTED_ERRORS,
  type ImportError,
  type ImportJobView,
  type ImportPlan,
  type ImportReport,
} from "../import-job.js";
import { breathe, readSpreadsheet } from "../read-spreadsheet.js";
import { checkRow, keyOf, predictWrite, underReviewError, type CheckFrame, type CheckedRow } from "./row-checks.js";

const CHUNK = 2000;

export const checkMessages = {
  fileMissing: "Le fichier à importer est introuvable : envoyez-le de nouveau.",
  campaignMissing: "La campagne de cet import n'existe plus.",
  failed:
    "La vérification du fichier a échoué à cause d'une erreur interne. Réessayez ; si elle persiste, contactez l'administrateur.",
};

export const campaignClosed = (name: string, status: keyof typeof campaignStatusLabels) =>
  `La campagne « ${name} » est « ${campaignStatusLabels[status]} » : elle ne reçoit pas de valeurs, l'import est impossible.`;

/**
 * The dry run, in the background: reads the file, checks every row, predicts what confirming
 * would create, change or leave alone, and keeps the valid rows on the job. Writes no value.
 */
export async function checkImport(
  ctx: Context,
  actor: Actor,
  job: ImportJobView,
  input: { fileId: string; submit: boolean },
): Promise<void> {
  const jobs = importJobsRepository(ctx.db);
  if (!(await jobs.transition(job.id, "queued", "checking", null))) return;
  liveJobs.start({ ...job, status: "checking" }, 0);
  const failJob = (error: string) => jobs.update(job.id, { status: "failed", error, finishedAt: ctx.now() });
  try {
    const file = await filesRepository(ctx.db).find(input.fileId);
    const bytes = file ? await ctx.files.read(file.storageKey).catch(() => null) : null;
    if (!bytes) return await failJob(checkMessages.fileMissing);

    const sheet = await readSpreadsheet(bytes);
    if (!sheet.ok) return await failJob(sheet.error.message);
    const rows = sheet.value.rows;
    liveJobs.progress(job.id, 0, rows.length);

    const campaign = job.campaignId ? await campaignsRepository(ctx.db).find("all", job.campaignId) : null;
    if (!campaign) return await failJob(checkMessages.campaignMissing);
    if (campaign.status !== "open") return await failJob(campaignClosed(campaign.name, campaign.status));

    const frame: CheckFrame = {
      actor,
      campaign,
      indicatorsByCode: new Map((await indicatorsRepository(ctx.db).list()).map((i) => [i.code, i])),
      communeNames: new Map((await communesRepository(ctx.db).list()).map((c) => [c.inseeCode, c.name])),
    };
    const status = input.submit ? "submitted" : "draft";
    const report: ImportReport = {
      submit: input.submit,
      rows: rows.length,
      valid: 0,
      ignored: 0,
      invalid: 0,
      errors: [],
      errorCount: 0,
      toCreate: 0,
      toUpdate: 0,
      unchanged: 0,
    };
    const plan: ImportPlan = { status, indicatorIds: [], rows: [] };
    const indicatorIndex = new Map<string, number>();
    const seen = new Map<string, number>();
    const values = indicatorValuesRepository(ctx.db);

    // Rows come in line order, so each pass meets its errors in line order: the first
    // MAX_REPORTED_ERRORS of each are all the report can show, the rest are only counted.
    const rowErrors: ImportError[] = [];
    const reviewErrors: ImportError[] = [];
    const keep = (kept: ImportError[], found: readonly ImportError[]) => {
      report.errorCount += found.length;
      kept.push(...found.slice(0, MAX_REPORTED_ERRORS - kept.length));
    };
    const invalidLines = new Set<number>();
    const valid: CheckedRow[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      for (const row of rows.slice(start, start + CHUNK)) {
        const outcome = checkRow(frame, row, seen);
        if (outcome.kind === "ignored") report.ignored++;
        else if (outcome.kind === "valid") valid.push(outcome.row);
        else {
          invalidLines.add(row.line);
          keep(rowErrors, outcome.errors);
        }
      }
      liveJobs.progress(job.id, Math.min(rows.length, start + CHUNK));
      await breathe();
    }

    // One lookup for the whole file: by chunk, the cross product it asks for would be repeated.
    const existing = new Map((await values.existingForKeys(valid)).map((v) => [keyOf(v), v]));
    for (const row of valid) {
      const outcome = predictWrite(existing.get(keyOf(row)), row, status);
      if (outcome === "under-review") {
        invalidLines.add(row.line);
        keep(reviewErrors, [underReviewError(row.line)]);
        continue;
      }
      if (outcome === "create") report.toCreate++;
      else if (outcome === "update") report.toUpdate++;
      else report.unchanged++;
      report.valid++;
      let index = indicatorIndex.get(row.indicatorId);
      if (index === undefined) {
        index = plan.indicatorIds.push(row.indicatorId) - 1;
        indicatorIndex.set(row.indicatorId, index);
      }
      plan.rows.push([index, row.communeInseeCode, row.period, row.value, row.source, row.comment, row.line]);
    }
    report.invalid = invalidLines.size;
    // A stable sort: the errors of one line stay in the order of its columns.
    report.errors = [...rowErrors, ...reviewErrors].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS);

    await jobs.update(job.id, {
      status: "checked",
      totalRows: rows.length,
      processedRows: rows.length,
      report,
      // Nothing can be confirmed with errors: the rows would never be used. Stored as one JSON
      // string: Prisma takes seconds per 10,000 rows to convert a nested JSON value, milliseconds for a string.
      rows: report.errorCount === 0 ? JSON.stringify(plan) : null,
    });
  } catch (error) {
    await failJob(checkMessages.failed);
    throw error;
  } finally {
    liveJobs.end(job.id);
  }
}
