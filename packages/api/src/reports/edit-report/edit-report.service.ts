import { recordChangesRepository, reportsRepository, type ReportRecord, type ReportSectionRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import type { UpdateReportInput, UpdateReportSectionInput } from "@cvv/domain/reports";
import { diffFields, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/**
 * Saves a narrative section, checked against the version the officer loaded. Snapshots already
 * taken keep the text they were generated with; the next generation takes this one.
 */
export async function updateReportSection(
  ctx: Context,
  actor: SessionUser,
  input: UpdateReportSectionInput,
): Promise<Result<ReportSectionRecord>> {
  if (!can(actor, "report.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const reports = reportsRepository(tx);
    const before = (await reports.sections(input.reportId)).find((s) => s.key === input.key);
    if (!before) return notFound("Section du bilan");
    const written = fromWrite(await reports.updateSection({ ...input, updatedById: actor.id }), "Section du bilan");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "report-section",
      entityId: written.value.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(
        { title: before.title, body: before.body },
        { title: written.value.title, body: written.value.body },
        ["title", "body"],
      ),
    });
    return written;
  });
}

export async function updateReport(
  ctx: Context,
  actor: SessionUser,
  input: UpdateReportInput,
): Promise<Result<ReportRecord>> {
  if (!can(actor, "report.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const reports = reportsRepository(tx);
    const before = await reports.find(input.id);
    if (!before) return notFound("Bilan");
    const written = fromWrite(await reports.updateTitle(input), "Bilan");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "annual-report",
      entityId: input.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: diffFields({ title: before.title }, { title: written.value.title }, ["title"]),
    });
    return written;
  });
}
