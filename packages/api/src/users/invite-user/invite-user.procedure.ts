import { inviteUserInput } from "@cvv/domain/users";
import { authedProcedure } from "../../trpc.js";
import { unwrap } from "../../shared/errors.js";
import { inviteUser } from "./invite-user.service.js";

export const inviteUserProcedure = authedProcedure
  .input(inviteUserInput)
  .mutation(async ({ ctx, input }) => unwrap(await inviteUser(ctx, ctx.user, input)));
