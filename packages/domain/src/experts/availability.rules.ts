import { fail, ok, type Result } from "../shared/result.js";
import type { MissionStatus } from "./mission.schema.js";

/** Missions that hold an expert's time: proposed ones may never happen, finished or cancelled ones no longer do. */
const busyStatuses: ReadonlySet<MissionStatus> = new Set(["ordered", "in_progress"]);

export interface DatedMission {
  status: MissionStatus;
  /** ISO dates (YYYY-MM-DD), both days included. */
  startsOn: string;
  endsOn: string;
}

export interface Availability<M extends DatedMission> {
  available: boolean;
  /** The missions that keep the expert busy over the period, earliest first: what the interface says. */
  busy: M[];
}

/**
 * Whether an expert is free over a period (both days included): none of their ordered or
 * in-progress missions overlaps it. Refused when the period ends before it starts.
 */
export function availability<M extends DatedMission>(
  missions: readonly M[],
  from: string,
  to: string,
): Result<Availability<M>> {
  if (to < from) {
    return fail("INVALID", `La fin de la période (${to}) précède son début (${from}).`, "availableTo");
  }
  const busy = missions
    .filter((m) => busyStatuses.has(m.status) && m.startsOn <= to && m.endsOn >= from)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return ok({ available: busy.length === 0, busy });
}
