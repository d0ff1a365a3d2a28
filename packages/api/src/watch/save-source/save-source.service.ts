import { isUniqueViolation, watchRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { CreateWatchSourceInput, UpdateWatchSourceInput, WatchSource } from "@cvv/domain/watch";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite } from "../../shared/errors.js";
import { fetchProgress } from "../fetch-source/fetch-progress.js";

const urlTaken = (url: string) =>
  fail("CONFLICT", `Le flux ${url} est déjà suivi : modifiez la source existante.`, "url");

/** Two officers adding the same feed at once: the unique index decides, the loser reads why in French. */
async function claimingUrl<T>(url: string | undefined, write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    if (url && isUniqueViolation(error)) return urlTaken(url);
    throw error;
  }
}

export async function createWatchSource(
  ctx: Context,
  actor: SessionUser,
  input: CreateWatchSourceInput,
): Promise<Result<WatchSource>> {
  if (!can(actor, "watch.manage")) return forbidden();
  const repo = watchRepository(ctx.db);
  if (await repo.urlTaken(input.url)) return urlTaken(input.url);
  return claimingUrl(input.url, async () => ok(await repo.createSource(input)));
}

export async function updateWatchSource(
  ctx: Context,
  actor: SessionUser,
  input: UpdateWatchSourceInput,
): Promise<Result<WatchSource>> {
  if (!can(actor, "watch.manage")) return forbidden();
  const repo = watchRepository(ctx.db);
  if (input.url !== undefined && (await repo.urlTaken(input.url, input.id))) return urlTaken(input.url);
  return claimingUrl(input.url, async () => fromWrite(await repo.updateSource(input), "Source de veille"));
}

/** Deletes a source and its items; drafts already made from them stay. */
export async function deleteWatchSource(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number },
): Promise<Result<{ id: string }>> {
  if (!can(actor, "watch.manage")) return forbidden();
  const removed = fromWrite(await watchRepository(ctx.db).removeSource(input.id, input.version), "Source de veille");
  if (removed.ok) fetchProgress.forget(input.id);
  return removed;
}
