import { editionsRepository, programmesRepository } from "@cvv/db";
import type { Edition } from "@cvv/domain/editions";
import { can } from "@cvv/domain/permissions";
import type { Programme } from "@cvv/domain/programmes";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

/** Draft programmes are the officers' work in progress: communes see them once announced. */
const seesDrafts = (actor: SessionUser) => actor.role !== "contributor";

export async function listProgrammes(ctx: Context, actor: SessionUser): Promise<Result<Programme[]>> {
  if (!can(actor, "programme.read")) return forbidden();
  return ok(await programmesRepository(ctx.db).list({ publicOnly: !seesDrafts(actor) }));
}

export async function getProgramme(
  ctx: Context,
  actor: SessionUser,
  id: string,
): Promise<Result<Programme & { editions: Edition[] }>> {
  if (!can(actor, "programme.read")) return forbidden();
  const programme = await programmesRepository(ctx.db).find(id);
  if (!programme || (programme.status === "draft" && !seesDrafts(actor))) return notFound("Programme");
  return ok({ ...programme, editions: await editionsRepository(ctx.db).listByProgramme(programme.id) });
}
