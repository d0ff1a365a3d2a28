import { eventLinksInput } from "@cvv/domain/events";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { setEventPartners } from "./save-event/save-event.service.js";

export const setEventPartnersProcedure = authedProcedure
  .input(eventLinksInput)
  .mutation(async ({ ctx, input }) => unwrap(await setEventPartners(ctx, ctx.user, input)));
