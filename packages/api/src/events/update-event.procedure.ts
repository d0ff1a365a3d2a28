import { updateEventInput } from "@cvv/domain/events";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { updateEvent } from "./save-event/save-event.service.js";

export const updateEventProcedure = authedProcedure
  .input(updateEventInput)
  .mutation(async ({ ctx, input }) => unwrap(await updateEvent(ctx, ctx.user, input)));
