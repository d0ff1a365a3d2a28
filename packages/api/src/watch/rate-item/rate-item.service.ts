import { watchRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { checkWatchItemStatusChange, type RateWatchItemInput, type WatchItem } from "@cvv/domain/watch";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";

/** An officer's verdict on an item: relevance, tags, kept or dismissed (or back to review). */
export async function rateWatchItem(
  ctx: Context,
  actor: SessionUser,
  input: RateWatchItemInput,
): Promise<Result<WatchItem>> {
  if (!can(actor, "watch.manage")) return forbidden();
  const repo = watchRepository(ctx.db);
  const item = await repo.findItem(input.id);
  if (!item) return notFound("Élément de veille");
  if (input.status !== undefined) {
    const change = checkWatchItemStatusChange(item.status, input.status);
    if (!change.ok) return change;
  }
  return fromWrite(await repo.rateItem(input), "Élément de veille");
}
