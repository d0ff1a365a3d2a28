import { communicationStatusLabels } from "../labels/communication-labels.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { CommunicationStatus } from "./communication-action.schema.js";

const allowedTransitions: Record<CommunicationStatus, readonly CommunicationStatus[]> = {
  planned: ["in_progress", "done", "cancelled"],
  // Work started can be put back to later, finished, or given up.
  in_progress: ["planned", "done", "cancelled"],
  // What went out cannot be undone: the plan keeps it as a record.
  done: [],
  // A cancelled action can be planned again rather than typed anew.
  cancelled: ["planned"],
};

const quoted = (status: CommunicationStatus) => `« ${communicationStatusLabels[status]} »`;

export function nextCommunicationStatuses(from: CommunicationStatus): readonly CommunicationStatus[] {
  return allowedTransitions[from];
}

export function checkCommunicationTransition(
  from: CommunicationStatus,
  to: CommunicationStatus,
): Result<CommunicationStatus> {
  if (from === to || allowedTransitions[from].includes(to)) return ok(to);
  const allowed = allowedTransitions[from].map(quoted).join(", ");
  return fail(
    "TRANSITION_REFUSED",
    `Une action ${quoted(from)} ne peut pas passer à ${quoted(to)}` +
      (allowed ? ` ; statuts possibles : ${allowed}.` : " ; ce statut est définitif."),
    "status",
  );
}

/**
 * Only an action still planned may be deleted: one started, done or cancelled is part of what
 * the plan reports, so it is cancelled instead.
 */
export function checkCommunicationRemoval(status: CommunicationStatus): Result<void> {
  if (status === "planned") return ok(undefined);
  return fail(
    "INVALID",
    `Seule une action « Prévue » peut être supprimée ; celle-ci est ${quoted(status)}. Annulez-la plutôt.`,
    "status",
  );
}

/** Late: its day has passed (today is the officers' day, YYYY-MM-DD) and it is neither done nor cancelled. */
export function isCommunicationOverdue(
  action: { plannedOn: string; status: CommunicationStatus },
  today: string,
): boolean {
  return (action.status === "planned" || action.status === "in_progress") && action.plannedOn < today;
}
