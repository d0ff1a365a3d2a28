import type { FetchOutcome } from "./fetch-source.service.js";

/**
 * The fetches an officer started with "Relever maintenant", kept in memory like an import's
 * progress: while one runs the page says so; then it shows how it went. Per server process;
 * after a restart the source's stored last fetch and last error still tell the essentials.
 */
export interface FetchProgress {
  running: boolean;
  startedAt: string;
  finishedAt: string | null;
  outcome: FetchOutcome | null;
}

const progress = new Map<string, FetchProgress>();

export const fetchProgress = {
  get: (sourceId: string): FetchProgress | null => progress.get(sourceId) ?? null,
  isRunning: (sourceId: string): boolean => progress.get(sourceId)?.running ?? false,
  start(sourceId: string, at: Date) {
    progress.set(sourceId, { running: true, startedAt: at.toISOString(), finishedAt: null, outcome: null });
  },
  finish(sourceId: string, at: Date, outcome: FetchOutcome) {
    const started = progress.get(sourceId);
    progress.set(sourceId, {
      running: false,
      startedAt: started?.startedAt ?? at.toISOString(),
      finishedAt: at.toISOString(),
      outcome,
    });
  },
  forget: (sourceId: string) => progress.delete(sourceId),
};
