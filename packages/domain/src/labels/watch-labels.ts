import type { WatchItemStatus, WatchRelevance } from "../watch/watch.schema.js";

/** The French names of the veille's relevance scale and of an item's statuses (see index.ts: no zod here). */
export const watchRelevanceLabels: Record<WatchRelevance, string> = {
  0: "Non évalué",
  1: "Peu pertinent",
  2: "Pertinent",
  3: "Très pertinent",
};

export const watchItemStatusLabels: Record<WatchItemStatus, string> = {
  new: "À examiner",
  kept: "Retenu",
  dismissed: "Écarté",
  converted: "Transformé en brouillon",
};
