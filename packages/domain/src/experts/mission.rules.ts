import { missionStatusLabels } from "../labels/expert-labels.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { MissionStatus } from "./mission.schema.js";

const allowedTransitions: Record<MissionStatus, readonly MissionStatus[]> = {
  proposed: ["ordered", "cancelled"],
  ordered: ["in_progress", "cancelled"],
  in_progress: ["delivered", "cancelled"],
  // Once delivered, the work is done: only the officer's acceptance (closing) remains.
  delivered: ["closed"],
  closed: [],
  cancelled: [],
};

/** Statuses a mission can take once delivered: each wants every deliverable handed over. */
const deliveredStatuses: ReadonlySet<MissionStatus> = new Set(["delivered", "closed"]);

export function nextMissionStatuses(from: MissionStatus): readonly MissionStatus[] {
  return allowedTransitions[from];
}

const quoted = (status: MissionStatus) => `« ${missionStatusLabels[status]} »`;

export function checkMissionTransition(from: MissionStatus, to: MissionStatus): Result<MissionStatus> {
  if (from === to) return ok(to);
  if (allowedTransitions[from].includes(to)) return ok(to);
  const allowed = allowedTransitions[from].map(quoted).join(", ");
  return fail(
    "TRANSITION_REFUSED",
    `Une mission ${quoted(from)} ne peut pas passer à ${quoted(to)}` +
      (allowed ? ` ; statuts possibles : ${allowed}.` : " ; ce statut est définitif."),
    "status",
  );
}

/** A mission is delivered when all it had to hand over was handed over, each on a known date. */
export function checkMissionDelivery(
  status: MissionStatus,
  deliverables: readonly { title: string; deliveredOn?: string | null | undefined }[],
): Result<void> {
  if (!deliveredStatuses.has(status)) return ok(undefined);
  const missing = deliverables.filter((d) => !d.deliveredOn).map((d) => `« ${d.title} »`);
  if (missing.length === 0) return ok(undefined);
  return fail(
    "INVALID",
    `La mission ne peut pas être ${status === "closed" ? "clôturée" : "livrée"} : ` +
      (missing.length === 1
        ? `le livrable ${missing[0]} n'a pas de date de livraison.`
        : `les livrables ${missing.join(", ")} n'ont pas de date de livraison.`),
    "deliverables",
  );
}

/** A status change: allowed from the current status, and consistent with the deliverables. */
export function checkMissionStatusChange(
  from: MissionStatus,
  to: MissionStatus,
  deliverables: readonly { title: string; deliveredOn?: string | null | undefined }[],
): Result<MissionStatus> {
  const transition = checkMissionTransition(from, to);
  if (!transition.ok) return transition;
  const delivery = checkMissionDelivery(to, deliverables);
  return delivery.ok ? transition : delivery;
}

/** The French refusal of a mission's dates, or null when they are in order (ISO dates: string order is date order). */
export function missionDatesRefused(startsOn: string, endsOn: string): string | null {
  return endsOn < startsOn ? `La date de fin de la mission (${endsOn}) précède sa date de début (${startsOn}).` : null;
}

export function checkMissionDates(startsOn: string, endsOn: string): Result<void> {
  const refusal = missionDatesRefused(startsOn, endsOn);
  return refusal ? fail("INVALID", refusal, "endsOn") : ok(undefined);
}
