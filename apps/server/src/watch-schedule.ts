import { fetchAllSources, type FetchAllSummary } from "@cvv/api";
import type { PrismaClient } from "@cvv/db";
import { every } from "./scheduler.js";

export const SIX_HOURS_MS = 6 * 60 * 60 * 1000;

interface WatchLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface WatchScheduleDeps {
  db: PrismaClient;
  now: () => Date;
  log: WatchLog;
  /** The veille's guarded fetch by default; tests pass one of their own. */
  fetch?: typeof globalThis.fetch;
  allowInternalAddresses?: boolean;
}

/** One run: every active source fetched in turn, the counts logged. */
export async function runWatchFetch(deps: WatchScheduleDeps): Promise<FetchAllSummary> {
  const summary = await fetchAllSources({
    db: deps.db,
    now: deps.now,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    allowInternalAddresses: deps.allowInternalAddresses ?? false,
  });
  deps.log.info({ ...summary }, "veille : flux relevés");
  return summary;
}

/**
 * Fetches the watched feeds at start and then every six hours: news sites publish daily, and a
 * feed asked more often would only answer 304. The runs never overlap and never hold a request:
 * the network waits hold no database connection, and each source writes in one short transaction.
 *
 * Demo sources are skipped by the query itself (`sourcesToFetch`), in every mode: their
 * example.org addresses are fictitious, and the demo must never depend on the network; sources
 * officers add are fetched in development as in production.
 */
export function scheduleWatchFetch(deps: WatchScheduleDeps, intervalMs = SIX_HOURS_MS): () => Promise<void> {
  return every(
    intervalMs,
    () => runWatchFetch(deps),
    (error) => deps.log.error({ err: error }, "échec du relevé des flux de veille"),
  );
}
