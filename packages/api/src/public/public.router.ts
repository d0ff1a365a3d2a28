import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { editionsRepository, programmesRepository, projectUpdatesRepository, publicProjectsRepository } from "@cvv/db";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { slugSchema } from "@cvv/domain/shared";
import { portalProcedure, router } from "../trpc.js";
import {
  publicEditionSchema,
  publicProgrammeSchema,
  publicProjectSchema,
  publicProjectSummarySchema,
  publicCommuneIndicatorsSchema,
  publicProgrammeIndicatorsSchema,
  siteInfoSchema,
} from "./public.schema.js";
import { unwrap } from "../shared/errors.js";
import { publicCommuneIndicators, publicProgrammeIndicators } from "./public-indicators.service.js";
import { indicatorSeriesProcedure } from "./public-indicator-series.procedure.js";
import { projectIndicatorsProcedure } from "./public-project-indicators.procedure.js";
import { projectPlanProcedure } from "./public-project-plan.procedure.js";
import { searchProcedure } from "./public-search.procedure.js";
import { mapProcedure } from "./public-map.procedure.js";
import { eventProcedure, eventsProcedure } from "./public-events.procedure.js";
import { publicationProcedure, publicationsProcedure } from "./public-publications.procedure.js";
import { openDataProcedure } from "./public-open-data.procedure.js";
import { guideChapterProcedure, guideProcedure } from "./public-guide.procedure.js";
import { annualReportProcedure, annualReportsProcedure } from "./public-report.procedure.js";

const notFound = (what: string) => new TRPCError({ code: "NOT_FOUND", message: `${what} introuvable.` });

/**
 * The portal's read-only API: queries only, no session read, every output declared. Only
 * non-draft programmes, their projects, and approved updates are reachable from here.
 */
export const publicRouter = router({
  site: portalProcedure.output(siteInfoSchema).query(async ({ ctx }) => {
    const counts = await publicProjectsRepository(ctx.db).siteCounts();
    return {
      demoData: counts.demoProgrammes > 0,
      programmeCount: counts.programmes,
      projectCount: counts.projects,
      communeCount: counts.communes,
    };
  }),

  programmes: portalProcedure.output(z.array(publicProgrammeSchema)).query(async ({ ctx }) => {
    return programmesRepository(ctx.db).list({ publicOnly: true });
  }),

  programme: portalProcedure
    .input(z.object({ slug: slugSchema }))
    .output(
      publicProgrammeSchema.extend({
        editions: z.array(publicEditionSchema),
        projects: z.array(publicProjectSummarySchema),
      }),
    )
    .query(async ({ ctx, input }) => {
      const programme = await programmesRepository(ctx.db).findPublicBySlug(input.slug);
      if (!programme) throw notFound("Programme");
      const [editions, projects] = await Promise.all([
        editionsRepository(ctx.db).listByProgramme(programme.id),
        publicProjectsRepository(ctx.db).list({ programmeSlug: programme.slug }),
      ]);
      return { ...programme, editions, projects };
    }),

  projects: portalProcedure
    .input(z.object({ communeInseeCode: inseeCodeSchema.optional(), programmeSlug: slugSchema.optional() }).optional())
    .output(z.array(publicProjectSummarySchema))
    .query(async ({ ctx, input }) => publicProjectsRepository(ctx.db).list(input ?? {})),

  project: portalProcedure
    .input(z.object({ slug: slugSchema }))
    .output(publicProjectSchema)
    .query(async ({ ctx, input }) => {
      const project = await publicProjectsRepository(ctx.db).findBySlug(input.slug);
      if (!project) throw notFound("Projet");
      const updates = await projectUpdatesRepository(ctx.db).listPublishedForProject(project.id);
      return {
        ...project,
        updates,
      };
    }),

  programmeIndicators: portalProcedure
    .input(z.object({ slug: slugSchema, year: z.number().int().min(1900).max(2100).optional() }))
    .output(publicProgrammeIndicatorsSchema)
    .query(async ({ ctx, input }) => unwrap(await publicProgrammeIndicators(ctx, input))),

  communeIndicators: portalProcedure
    .input(z.object({ inseeCode: inseeCodeSchema }))
    .output(publicCommuneIndicatorsSchema)
    .query(async ({ ctx, input }) => unwrap(await publicCommuneIndicators(ctx, input.inseeCode))),
  indicatorSeries: indicatorSeriesProcedure,
  projectIndicators: projectIndicatorsProcedure,
  projectPlan: projectPlanProcedure,
  search: searchProcedure,
  map: mapProcedure,
  events: eventsProcedure,
  event: eventProcedure,
  publications: publicationsProcedure,
  guide: guideProcedure,
  guideChapter: guideChapterProcedure,
  publication: publicationProcedure,
  openData: openDataProcedure,
  annualReports: annualReportsProcedure,
  annualReport: annualReportProcedure,
});

export type PublicRouter = typeof publicRouter;
