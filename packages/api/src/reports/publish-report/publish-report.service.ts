import { recordChangesRepository, reportsRepository, type ReportRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkPublish, type PublishReportInput } from "@cvv/domain/reports";
import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** Puts one snapshot on the portal: that version, and no other, is what the public reads. */
export async function publishReport(
  ctx: Context,
  actor: SessionUser,
  input: PublishReportInput,
): Promise<Result<ReportRecord>> {
  if (!can(actor, "report.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const reports = reportsRepository(tx);
    const report = await reports.find(input.id);
    if (!report) return notFound("Bilan");
    const snapshot = await reports.findSnapshot(input.snapshotId);
    if (!snapshot) return notFound("Version du bilan");
    const allowed = checkPublish(
      report,
      { id: snapshot.id, reportId: snapshot.reportId, hasPdf: snapshot.pdfFileId !== null },
      report.id,
    );
    if (!allowed.ok) return allowed;
    const written = fromWrite(
      await reports.publish({ id: report.id, version: input.version, snapshotId: snapshot.id, publishedAt: ctx.now() }),
      "Bilan",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "annual-report",
      entityId: report.id,
      projectId: null,
      actorId: actor.id,
      action: "published",
      changes: { publishedSnapshot: [report.publishedSnapshotId, snapshot.number] },
    });
    return written;
  });
}
