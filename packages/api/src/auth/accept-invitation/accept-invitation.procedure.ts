import { z } from "zod";
import { acceptInvitationInput } from "@cvv/domain/users";
import { publicProcedure } from "../../trpc.js";
import { unwrap } from "../../shared/errors.js";
import { acceptInvitation, invitationInfo } from "./accept-invitation.service.js";

export const invitationInfoProcedure = publicProcedure
  .input(z.object({ token: acceptInvitationInput.shape.token }))
  .query(async ({ ctx, input }) => unwrap(await invitationInfo(ctx, input.token)));

export const acceptInvitationProcedure = publicProcedure
  .input(acceptInvitationInput)
  .mutation(async ({ ctx, input }) => {
    unwrap(await acceptInvitation(ctx, input));
    return { ok: true as const };
  });
