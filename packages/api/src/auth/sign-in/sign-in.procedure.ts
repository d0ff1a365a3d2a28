import { TRPCError } from "@trpc/server";
import { signInInput } from "@cvv/domain/users";
import { publicProcedure } from "../../trpc.js";
import { signIn } from "./sign-in.service.js";

export const signInProcedure = publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
  const result = await signIn(ctx, input);
  // A failed sign-in is "unauthorized", not "forbidden": the person is simply not known yet.
  if (!result.ok) throw new TRPCError({ code: "UNAUTHORIZED", message: result.error.message });
  return { ok: true as const };
});
