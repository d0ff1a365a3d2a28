import { indicatorValuesRepository, type ValueRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

export async function getValue(ctx: Context, actor: SessionUser, id: string) {
  const scope = scopeOf(actor);
  const repo = indicatorValuesRepository(ctx.db);
  const value = await repo.find(scope, id);
  if (!value) return notFound("Valeur");
  if (!can(actor, "value.read", { communeInseeCode: value.communeInseeCode })) return forbidden();
  return ok({ value, history: await repo.history(scope, id) });
}

/** Values waiting for an officer, oldest first. */
export async function reviewQueue(
  ctx: Context,
  actor: SessionUser,
  filter: { campaignId?: string },
): Promise<Result<ValueRecord[]>> {
  if (!can(actor, "value.review")) return forbidden();
  return ok(await indicatorValuesRepository(ctx.db).listByStatus("all", ["submitted"], filter.campaignId));
}
