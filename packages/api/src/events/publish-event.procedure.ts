import { eventTransitionInput } from "@cvv/domain/events";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { publishEvent } from "./change-event-status/change-event-status.service.js";

export const publishEventProcedure = authedProcedure
  .input(eventTransitionInput)
  .mutation(async ({ ctx, input }) => unwrap(await publishEvent(ctx, ctx.user, input)));
