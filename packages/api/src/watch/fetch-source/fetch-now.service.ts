import { watchRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { fetchProgress } from "./fetch-progress.js";
import { fetchSource, type WatchFetchContext } from "./fetch-source.service.js";

/**
 * "Relever maintenant": the fetch runs in the background (up to 10 s for a slow server), the
 * request answers at once, and the sources' list shows the progress, then the outcome.
 */
export async function fetchNow(
  ctx: Context & Pick<WatchFetchContext, "fetch">,
  actor: SessionUser,
  sourceId: string,
): Promise<Result<{ started: true }>> {
  if (!can(actor, "watch.manage")) return forbidden();
  const source = await watchRepository(ctx.db).fetchState(sourceId);
  if (!source) return notFound("Source de veille");
  if (source.isDemo) {
    return fail("INVALID", "Source de démonstration : son adresse est fictive, elle n'est jamais relevée.");
  }
  if (fetchProgress.isRunning(sourceId)) return ok({ started: true });
  fetchProgress.start(sourceId, ctx.now());
  ctx.tasks.run(`veille ${sourceId}: relevé`, async () => {
    try {
      const result = await fetchSource(
        { ...ctx, allowInternalAddresses: ctx.config.allowInternalFeedAddresses ?? false },
        sourceId,
      );
      fetchProgress.finish(
        sourceId,
        ctx.now(),
        result.ok ? result.value : { status: "failed", error: result.error.message },
      );
    } catch (error) {
      fetchProgress.finish(sourceId, ctx.now(), {
        status: "failed",
        error: "Le relevé a échoué sur une erreur interne ; réessayez plus tard.",
      });
      throw error;
    }
  });
  return ok({ started: true });
}
