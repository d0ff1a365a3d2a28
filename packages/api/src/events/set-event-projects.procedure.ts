import { eventLinksInput } from "@cvv/domain/events";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { setEventProjects } from "./save-event/save-event.service.js";

export const setEventProjectsProcedure = authedProcedure
  .input(eventLinksInput)
  .mutation(async ({ ctx, input }) => unwrap(await setEventProjects(ctx, ctx.user, input)));
