import { z } from "zod";
import { inseeCodeSchema } from "@cvv/domain/communes";
import {
  changeProjectStatusInput,
  createProjectInput,
  projectStatusSchema,
  updateProjectInput,
} from "@cvv/domain/projects";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { changeProjectStatus } from "./change-project-status/change-project-status.service.js";
import { createProject, updateProject } from "./create-project/create-project.service.js";
import { getProject, listProjects, projectHistory } from "./projects.queries.js";

const listInput = z
  .object({
    programmeId: z.uuid({ error: "Programme invalide." }).optional(),
    editionId: z.uuid({ error: "Édition invalide." }).optional(),
    communeInseeCode: inseeCodeSchema.optional(),
    status: projectStatusSchema.optional(),
  })
  .optional();

export const projectsRouter = router({
  list: authedProcedure
    .input(listInput)
    .query(async ({ ctx, input }) => unwrap(await listProjects(ctx, ctx.user, input ?? {}))),
  get: authedProcedure
    .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) }))
    .query(async ({ ctx, input }) => unwrap(await getProject(ctx, ctx.user, input.id))),
  history: authedProcedure
    .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) }))
    .query(async ({ ctx, input }) => unwrap(await projectHistory(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createProjectInput)
    .mutation(async ({ ctx, input }) => unwrap(await createProject(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateProjectInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateProject(ctx, ctx.user, input))),
  changeStatus: authedProcedure
    .input(changeProjectStatusInput)
    .mutation(async ({ ctx, input }) => unwrap(await changeProjectStatus(ctx, ctx.user, input))),
});
