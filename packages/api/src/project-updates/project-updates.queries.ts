import { projectUpdatesRepository, type UpdateRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

export async function getUpdate(ctx: Context, actor: SessionUser, id: string) {
  const repo = projectUpdatesRepository(ctx.db);
  const update = await repo.find(scopeOf(actor), id);
  // Out of scope and missing look the same: a contributor learns nothing of other communes.
  if (!update || !can(actor, "update.read", { communeInseeCode: update.communeInseeCode })) {
    return notFound("Point d'avancement");
  }
  return ok({
    ...update,
    reviews: await repo.reviews(scopeOf(actor), update.id),
    permissions: {
      write: can(actor, "update.write", { communeInseeCode: update.communeInseeCode }),
      review: can(actor, "update.review", { communeInseeCode: update.communeInseeCode }),
    },
  });
}

/**
 * What waits for the caller: submitted updates for reviewers; for a contributor, their
 * communes' drafts, returned updates, and those awaiting review.
 */
export async function inbox(ctx: Context, actor: SessionUser): Promise<Result<UpdateRecord[]>> {
  const repo = projectUpdatesRepository(ctx.db);
  if (actor.role !== "contributor") {
    if (!can(actor, "update.review", { communeInseeCode: "*" })) return forbidden();
    return ok(await repo.listByStatus("all", ["submitted"]));
  }
  return ok(await repo.listByStatus(scopeOf(actor), ["returned", "draft", "submitted"]));
}
