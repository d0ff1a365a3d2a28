import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { projectUpdatesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { createUpdateInput, editUpdateInput, reviewUpdateInput } from "@cvv/domain/project-updates";
import { authedProcedure, router } from "../trpc.js";
import { scopeOf } from "../shared/actor.js";
import { messages, unwrap } from "../shared/errors.js";
import { reviewUpdate } from "./review-update/review-update.service.js";
import { createUpdate, editUpdate } from "./submit-update/submit-update.service.js";

export const projectUpdatesRouter = router({
  get: authedProcedure.input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) })).query(async ({ ctx, input }) => {
    const repo = projectUpdatesRepository(ctx.db);
    const update = await repo.find(scopeOf(ctx.user), input.id);
    if (!update || !can(ctx.user, "update.read", { communeInseeCode: update.communeInseeCode })) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Point d'avancement introuvable." });
    }
    const reviews = await repo.reviews(scopeOf(ctx.user), update.id);
    return {
      ...update,
      reviews,
      permissions: {
        write: can(ctx.user, "update.write", { communeInseeCode: update.communeInseeCode }),
        review: can(ctx.user, "update.review", { communeInseeCode: update.communeInseeCode }),
      },
    };
  }),
  /**
   * What waits for the caller: submitted updates for officers to review; for a contributor,
   * their communes' drafts and returned updates to finish.
   */
  inbox: authedProcedure.query(async ({ ctx }) => {
    const repo = projectUpdatesRepository(ctx.db);
    if (can(ctx.user, "update.review", { communeInseeCode: "*" })) return repo.listByStatus("all", ["submitted"]);
    if (ctx.user.role !== "contributor") throw new TRPCError({ code: "FORBIDDEN", message: messages.forbidden });
    return repo.listByStatus(scopeOf(ctx.user), ["returned", "draft", "submitted"]);
  }),
  create: authedProcedure
    .input(createUpdateInput)
    .mutation(async ({ ctx, input }) => unwrap(await createUpdate(ctx, ctx.user, input))),
  edit: authedProcedure.input(editUpdateInput).mutation(async ({ ctx, input }) => unwrap(await editUpdate(ctx, ctx.user, input))),
  review: authedProcedure
    .input(reviewUpdateInput)
    .mutation(async ({ ctx, input }) => unwrap(await reviewUpdate(ctx, ctx.user, input))),
});
