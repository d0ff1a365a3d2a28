import { watchRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { ListWatchItemsInput } from "@cvv/domain/watch";
import type { Context } from "../shared/context.js";
import { forbidden } from "../shared/errors.js";
import { fetchProgress } from "./fetch-source/fetch-progress.js";

/** The watched feeds, each with its counts and the progress of a fetch an officer started. */
export async function listWatchSources(ctx: Context, actor: SessionUser) {
  if (!can(actor, "watch.manage")) return forbidden();
  const sources = await watchRepository(ctx.db).listSources();
  return ok(sources.map((source) => ({ ...source, fetch: fetchProgress.get(source.id) })));
}

/** Items to review under the filters, with the tags and sources the filters offer. */
export async function listWatchItems(ctx: Context, actor: SessionUser, input: ListWatchItemsInput) {
  if (!can(actor, "watch.manage")) return forbidden();
  const repo = watchRepository(ctx.db);
  const items = await repo.listItems(input);
  const tags = await repo.itemTags();
  const sources = (await repo.listSources()).map(({ id, name }) => ({ id, name }));
  return ok({ items, tags, sources });
}
