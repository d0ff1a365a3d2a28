import { programmesRepository, recordChangesRepository, reportsRepository, type ReportRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { defaultReportSections, defaultReportTitle, type CreateReportInput } from "@cvv/domain/reports";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** A report for a programme and a year, with the default narrative sections to write. */
export async function createReport(
  ctx: Context,
  actor: SessionUser,
  input: CreateReportInput,
): Promise<Result<ReportRecord>> {
  if (!can(actor, "report.manage")) return forbidden();
  const programme = await programmesRepository(ctx.db).find(input.programmeId);
  if (!programme) return notFound("Programme");
  return inTransaction(ctx.db, async (tx) => {
    const created = await reportsRepository(tx).create({
      programmeId: programme.id,
      year: input.year,
      title: input.title ?? defaultReportTitle(input.year, programme.name),
      sections: defaultReportSections,
    });
    if (!created) {
      return fail(
        "CONFLICT",
        `Un bilan ${input.year} existe déjà pour ce programme : ouvrez-le pour le modifier.`,
        "year",
      );
    }
    await recordChangesRepository(tx).log({
      entity: "annual-report",
      entityId: created.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: { title: [null, created.title], year: [null, created.year] },
    });
    return ok(created);
  });
}
