import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicPlanRepository, publicProjectsRepository } from "@cvv/db";
import { planItemKindSchema, planItemStatusSchema } from "@cvv/domain/project-plan";
import { slugSchema } from "@cvv/domain/shared";
import { portalProcedure } from "../trpc.js";

/** What the public sees of a plan item: no owner, no description, nothing about a person. */
export const publicPlanItemSchema = z.object({
  kind: planItemKindSchema,
  title: z.string(),
  startsOn: z.string().nullable(),
  dueOn: z.string(),
  status: planItemStatusSchema,
  progress: z.number(),
  completedOn: z.string().nullable(),
});

/** A public project's timeline of actions and milestones, soonest due first. */
export const projectPlanProcedure = portalProcedure
  .input(z.object({ slug: slugSchema }))
  .output(z.array(publicPlanItemSchema))
  .query(async ({ ctx, input }) => {
    const project = await publicProjectsRepository(ctx.db).findBySlug(input.slug);
    if (!project) throw new TRPCError({ code: "NOT_FOUND", message: "Projet introuvable." });
    return publicPlanRepository(ctx.db).listForProject(project.id);
  });
