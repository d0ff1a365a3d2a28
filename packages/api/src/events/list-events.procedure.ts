import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { listEvents } from "./events.queries.js";
import { listEventsInput } from "./events.input.js";

export const listEventsProcedure = authedProcedure
  .input(listEventsInput)
  .query(async ({ ctx, input }) => unwrap(await listEvents(ctx, ctx.user, input ?? {})));
