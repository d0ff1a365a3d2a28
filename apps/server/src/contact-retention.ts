import { applyContactRetention } from "@cvv/api";
import type { PrismaClient } from "@cvv/db";
import { every } from "./scheduler.js";

export const ONE_HOUR_MS = 60 * 60 * 1000;
export const ONE_DAY_MS = 24 * ONE_HOUR_MS;

interface RetentionLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ContactRetentionDeps {
  db: PrismaClient;
  now: () => Date;
  log: RetentionLog;
}

/** One run of the retention rule: contacts last met three years ago or more are anonymised, and the count is logged. */
export async function runContactRetention(deps: ContactRetentionDeps): Promise<number> {
  const { anonymised } = await applyContactRetention({ db: deps.db, now: deps.now });
  deps.log.info(
    { anonymised },
    "conservation des contacts : contacts anonymisés (dernier contact il y a 3 ans ou plus)",
  );
  return anonymised;
}

/**
 * Applies the retention rule an hour after start, then daily: the law counts the three years in
 * days, so a daily run is never more than a day late. The hour leaves a fresh demo showing what
 * the rule is about to do before it does it; a server restarted every hour is not a real case.
 * Returns the stop function, which waits for a run in progress.
 */
export function scheduleContactRetention(
  deps: ContactRetentionDeps,
  timing: { firstRunAfterMs?: number; intervalMs?: number } = {},
): () => Promise<void> {
  let stopRuns: (() => Promise<void>) | null = null;
  const start = setTimeout(() => {
    stopRuns = every(
      timing.intervalMs ?? ONE_DAY_MS,
      () => runContactRetention(deps),
      (error) => deps.log.error({ err: error }, "échec de l'anonymisation des contacts échus"),
    );
  }, timing.firstRunAfterMs ?? ONE_HOUR_MS);
  start.unref();
  return async () => {
    clearTimeout(start);
    await stopRuns?.();
  };
}
