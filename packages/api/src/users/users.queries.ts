import { usersRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden } from "../shared/errors.js";

export async function listUsers(ctx: Context, actor: SessionUser) {
  if (!can(actor, "user.list")) return forbidden();
  return ok(await usersRepository(ctx.db).list());
}
