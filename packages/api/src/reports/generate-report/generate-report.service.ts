import { reportsRepository, type ReportGenerationRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkGenerate } from "@cvv/domain/reports";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { runGeneration } from "./generate-report.task.js";

/**
 * Starts a generation (the first one, or a refresh: a new snapshot, the earlier ones kept). It
 * answers at once; the admin app polls the report for the progress.
 */
export async function generateReport(
  ctx: Context,
  actor: SessionUser,
  reportId: string,
): Promise<Result<ReportGenerationRecord>> {
  if (!can(actor, "report.manage")) return forbidden();
  const reports = reportsRepository(ctx.db);
  const report = await reports.find(reportId);
  if (!report) return notFound("Bilan");
  const allowed = checkGenerate(await reports.latestGeneration(reportId), ctx.now());
  if (!allowed.ok) return allowed;
  const generation = await reports.createGeneration(reportId);
  ctx.tasks.run(`report ${reportId}: generation ${generation.id}`, async () => {
    await runGeneration(ctx, actor.id, reportId, generation.id);
  });
  return ok(generation);
}
