import { fail, ok, type Result } from "../shared/result.js";
import { projectStatusLabels, type ProjectStatus } from "./project.schema.js";

const allowedTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  planned: ["mature", "abandoned"],
  mature: ["planned", "committed", "abandoned"],
  committed: ["in_progress", "abandoned"],
  in_progress: ["completed", "abandoned"],
  // A completed project is history: correcting it is an officer's edit, not a transition.
  completed: [],
  // An abandoned project may be taken up again from the start.
  abandoned: ["planned"],
};

export function nextProjectStatuses(from: ProjectStatus): readonly ProjectStatus[] {
  return allowedTransitions[from];
}

export function checkProjectTransition(from: ProjectStatus, to: ProjectStatus): Result<ProjectStatus> {
  if (from === to) return ok(to);
  if (allowedTransitions[from].includes(to)) return ok(to);
  const allowed = allowedTransitions[from].map((s) => `« ${projectStatusLabels[s]} »`).join(", ");
  return fail(
    "TRANSITION_REFUSED",
    `Un projet « ${projectStatusLabels[from]} » ne peut pas passer à « ${projectStatusLabels[to]} »` +
      (allowed ? ` ; statuts possibles : ${allowed}.` : " ; ce statut est définitif."),
  );
}
