import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { getEvent } from "./events.queries.js";
import { eventByIdInput } from "./events.input.js";

export const getEventProcedure = authedProcedure
  .input(eventByIdInput)
  .query(async ({ ctx, input }) => unwrap(await getEvent(ctx, ctx.user, input.id)));
