import { reportsRepository, type ReportRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";
import type { ReportDetail } from "./report-views.js";

export async function listReports(
  ctx: Context,
  actor: SessionUser,
): Promise<Result<(ReportRecord & { snapshotCount: number })[]>> {
  if (!can(actor, "report.read")) return forbidden();
  return ok(await reportsRepository(ctx.db).list());
}

export async function getReport(ctx: Context, actor: SessionUser, id: string): Promise<Result<ReportDetail>> {
  if (!can(actor, "report.read")) return forbidden();
  const reports = reportsRepository(ctx.db);
  const report = await reports.find(id);
  if (!report) return notFound("Bilan");
  const [sections, snapshots, generation] = await Promise.all([
    reports.sections(id),
    reports.snapshots(id),
    reports.latestGeneration(id),
  ]);
  return ok({ report, sections, snapshots, generation });
}
