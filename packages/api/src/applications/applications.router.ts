import { z } from "zod";
import {
  applicationStatusSchema,
  applicationStepInput,
  assessEligibilityInput,
  createApplicationInput,
  createContractInput,
  decideApplicationInput,
  updateApplicationInput,
  updateContractInput,
} from "@cvv/domain/applications";
import { idSchema } from "@cvv/domain/shared";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import {
  applicationHistory,
  getApplication,
  listApplicationEditions,
  listApplications,
} from "./applications.queries.js";
import { assessEligibility, decideApplication } from "./review-application/review-application.service.js";
import { createApplication, updateApplication } from "./save-application/save-application.service.js";
import { createContract, updateContract } from "./save-contract/save-contract.service.js";
import { submitApplication } from "./submit-application/submit-application.service.js";
import { withdrawApplication } from "./withdraw-application/withdraw-application.service.js";

const listInput = z
  .object({
    editionId: z.uuid({ error: "Édition invalide." }).optional(),
    status: applicationStatusSchema.optional(),
  })
  .optional();
const idInput = z.object({ id: idSchema });

/** Communes' applications to editions, their review and decision, and the contracts that open projects. */
export const applicationsRouter = router({
  list: authedProcedure
    .input(listInput)
    .query(async ({ ctx, input }) => unwrap(await listApplications(ctx, ctx.user, input ?? {}))),
  editions: authedProcedure.query(async ({ ctx }) => unwrap(await listApplicationEditions(ctx, ctx.user))),
  get: authedProcedure
    .input(idInput)
    .query(async ({ ctx, input }) => unwrap(await getApplication(ctx, ctx.user, input.id))),
  history: authedProcedure
    .input(idInput)
    .query(async ({ ctx, input }) => unwrap(await applicationHistory(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createApplicationInput)
    .mutation(async ({ ctx, input }) => unwrap(await createApplication(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateApplicationInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateApplication(ctx, ctx.user, input))),
  submit: authedProcedure
    .input(applicationStepInput)
    .mutation(async ({ ctx, input }) => unwrap(await submitApplication(ctx, ctx.user, input))),
  withdraw: authedProcedure
    .input(applicationStepInput)
    .mutation(async ({ ctx, input }) => unwrap(await withdrawApplication(ctx, ctx.user, input))),
  assessEligibility: authedProcedure
    .input(assessEligibilityInput)
    .mutation(async ({ ctx, input }) => unwrap(await assessEligibility(ctx, ctx.user, input))),
  decide: authedProcedure
    .input(decideApplicationInput)
    .mutation(async ({ ctx, input }) => unwrap(await decideApplication(ctx, ctx.user, input))),
  createContract: authedProcedure
    .input(createContractInput)
    .mutation(async ({ ctx, input }) => unwrap(await createContract(ctx, ctx.user, input))),
  updateContract: authedProcedure
    .input(updateContractInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateContract(ctx, ctx.user, input))),
});
