import { z } from "zod";
import {
  changeMissionStatusInput,
  createExpertInput,
  createMissionInput,
  searchExpertsInput,
  updateExpertInput,
  updateMissionInput,
} from "@cvv/domain/experts";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { changeMissionStatus } from "./change-mission-status/change-mission-status.service.js";
import { expertHistory, getExpert, listExperts } from "./experts.queries.js";
import { createExpert, updateExpert } from "./save-expert/save-expert.service.js";
import { createMission, updateMission } from "./save-mission/save-mission.service.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** The directory of experts and providers, and their missions on projects. */
export const expertsRouter = router({
  list: authedProcedure
    .input(searchExpertsInput)
    .query(async ({ ctx, input }) => unwrap(await listExperts(ctx, ctx.user, input ?? {}))),
  get: authedProcedure.input(byId).query(async ({ ctx, input }) => unwrap(await getExpert(ctx, ctx.user, input.id))),
  history: authedProcedure
    .input(byId)
    .query(async ({ ctx, input }) => unwrap(await expertHistory(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createExpertInput)
    .mutation(async ({ ctx, input }) => unwrap(await createExpert(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateExpertInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateExpert(ctx, ctx.user, input))),
  createMission: authedProcedure
    .input(createMissionInput)
    .mutation(async ({ ctx, input }) => unwrap(await createMission(ctx, ctx.user, input))),
  updateMission: authedProcedure
    .input(updateMissionInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateMission(ctx, ctx.user, input))),
  changeMissionStatus: authedProcedure
    .input(changeMissionStatusInput)
    .mutation(async ({ ctx, input }) => unwrap(await changeMissionStatus(ctx, ctx.user, input))),
});
