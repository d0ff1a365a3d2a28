import { z } from "zod";
import {
  createReportInput,
  publishReportInput,
  updateReportInput,
  updateReportSectionInput,
} from "@cvv/domain/reports";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { createReport } from "./create-report/create-report.service.js";
import { updateReport, updateReportSection } from "./edit-report/edit-report.service.js";
import { generateReport } from "./generate-report/generate-report.service.js";
import { publishReport } from "./publish-report/publish-report.service.js";
import { getReport, listReports } from "./reports.queries.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** The annual report: narrative sections, generations (snapshots with PDF and DOCX), publication. */
export const reportsRouter = router({
  list: authedProcedure.query(async ({ ctx }) => unwrap(await listReports(ctx, ctx.user))),
  get: authedProcedure.input(byId).query(async ({ ctx, input }) => unwrap(await getReport(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createReportInput)
    .mutation(async ({ ctx, input }) => unwrap(await createReport(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateReportInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateReport(ctx, ctx.user, input))),
  updateSection: authedProcedure
    .input(updateReportSectionInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateReportSection(ctx, ctx.user, input))),
  generate: authedProcedure
    .input(byId)
    .mutation(async ({ ctx, input }) => unwrap(await generateReport(ctx, ctx.user, input.id))),
  publish: authedProcedure
    .input(publishReportInput)
    .mutation(async ({ ctx, input }) => unwrap(await publishReport(ctx, ctx.user, input))),
});
