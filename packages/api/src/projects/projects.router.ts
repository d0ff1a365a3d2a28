import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { communesRepository, programmesRepository, projectUpdatesRepository, projectsRepository } from "@cvv/db";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { can } from "@cvv/domain/permissions";
import {
  changeProjectStatusInput,
  createProjectInput,
  nextProjectStatuses,
  projectStatusSchema,
  updateProjectInput,
} from "@cvv/domain/projects";
import { authedProcedure, router } from "../trpc.js";
import { scopeOf } from "../shared/actor.js";
import { unwrap } from "../shared/errors.js";
import { changeProjectStatus } from "./change-project-status/change-project-status.service.js";
import { createProject, updateProject } from "./create-project/create-project.service.js";

const listInput = z
  .object({
    programmeId: z.uuid().optional(),
    editionId: z.uuid().optional(),
    communeInseeCode: inseeCodeSchema.optional(),
    status: projectStatusSchema.optional(),
  })
  .optional();

export const projectsRouter = router({
  /** Officers see every project; a contributor only those of their communes. */
  list: authedProcedure.input(listInput).query(async ({ ctx, input }) => {
    return projectsRepository(ctx.db).list(scopeOf(ctx.user), input ?? {});
  }),
  get: authedProcedure.input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) })).query(async ({ ctx, input }) => {
    const scope = scopeOf(ctx.user);
    const project = await projectsRepository(ctx.db).find(scope, input.id);
    // Out-of-scope and missing look the same: a contributor learns nothing of other communes.
    if (!project || !can(ctx.user, "project.read", { communeInseeCode: project.communeInseeCode })) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Projet introuvable." });
    }
    const [commune, programme, updates] = await Promise.all([
      communesRepository(ctx.db).find(project.communeInseeCode),
      programmesRepository(ctx.db).find(project.programmeId),
      projectUpdatesRepository(ctx.db).listForProject(scope, project.id),
    ]);
    return {
      ...project,
      communeName: commune?.name ?? project.communeInseeCode,
      programmeName: programme?.name ?? "",
      nextStatuses: [...nextProjectStatuses(project.status)],
      updates,
      permissions: {
        update: can(ctx.user, "project.update", { communeInseeCode: project.communeInseeCode }),
        changeStatus: can(ctx.user, "project.changeStatus", { communeInseeCode: project.communeInseeCode }),
        writeUpdate: can(ctx.user, "update.write", { communeInseeCode: project.communeInseeCode }),
        review: can(ctx.user, "update.review", { communeInseeCode: project.communeInseeCode }),
      },
    };
  }),
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

