import { sessionsRepository } from "@cvv/db";
import { publicProcedure, router } from "../trpc.js";
import { acceptInvitationProcedure, invitationInfoProcedure } from "./accept-invitation/accept-invitation.procedure.js";
import { signInProcedure } from "./sign-in/sign-in.procedure.js";

export const authRouter = router({
  /** The signed-in user, or null: the admin app asks this first. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
  signIn: signInProcedure,
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionTokenHash) await sessionsRepository(ctx.db).revoke(ctx.sessionTokenHash, ctx.now());
    ctx.cookies.clearSession();
    return { ok: true as const };
  }),
  invitation: invitationInfoProcedure,
  acceptInvitation: acceptInvitationProcedure,
});
