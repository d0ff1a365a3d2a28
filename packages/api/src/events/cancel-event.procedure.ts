import { eventTransitionInput } from "@cvv/domain/events";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { cancelEvent } from "./change-event-status/change-event-status.service.js";

export const cancelEventProcedure = authedProcedure
  .input(eventTransitionInput)
  .mutation(async ({ ctx, input }) => unwrap(await cancelEvent(ctx, ctx.user, input)));
