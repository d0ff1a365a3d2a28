import type { PlanItemKind, PlanItemStatus } from "../project-plan/plan-item.schema.js";

/** The French names of a plan's kinds of item and of their statuses (see index.ts: no zod here). */
export const planItemKindLabels: Record<PlanItemKind, string> = {
  action: "Action",
  milestone: "Jalon",
};

export const planItemStatusLabels: Record<PlanItemStatus, string> = {
  planned: "Prévu",
  in_progress: "En cours",
  done: "Terminé",
  cancelled: "Abandonné",
};
