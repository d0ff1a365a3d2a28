import { createEventInput } from "@cvv/domain/events";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { createEvent } from "./save-event/save-event.service.js";

export const createEventProcedure = authedProcedure
  .input(createEventInput)
  .mutation(async ({ ctx, input }) => unwrap(await createEvent(ctx, ctx.user, input)));
