import { decoyHash, usersRepository, verifyPassword } from "@cvv/db";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SignInInput } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { startSession } from "../session.service.js";

const refused = "Adresse électronique ou mot de passe incorrect.";

export async function signIn(ctx: Context, input: SignInInput): Promise<Result<{ userId: string }>> {
  const users = usersRepository(ctx.db);
  const credentials = await users.findCredentials(input.email);
  // Verify against a decoy when the account is unknown, so response time does not reveal it.
  const valid = await verifyPassword(credentials?.passwordHash ?? (await decoyHash()), input.password);
  if (!credentials || !credentials.passwordHash || !valid) return fail("FORBIDDEN", refused);
  if (!credentials.active)
    return fail("FORBIDDEN", "Ce compte est désactivé. Contactez un chargé de mission de la Métropole.");
  await startSession(ctx, ctx.db, credentials.id);
  return ok({ userId: credentials.id });
}
