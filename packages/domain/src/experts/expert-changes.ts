import { diffFields, type FieldChanges } from "../shared/field-changes.js";
import type { Expert } from "./expert.schema.js";
import type { Mission } from "./mission.schema.js";

const expertFields = [
  "name",
  "kind",
  "siret",
  "skills",
  "dailyRateCents",
  "rateNote",
  "contactName",
  "contactEmail",
  "contactPhone",
  "website",
  "notes",
  "active",
] as const satisfies readonly (keyof Expert)[];

/** What the history keeps of a mission: deliverables without their ids, which a replacement renews. */
function tracked(mission: Mission) {
  return {
    projectId: mission.projectId,
    title: mission.title,
    scope: mission.scope,
    days: mission.days,
    budgetCents: mission.budgetCents,
    startsOn: mission.startsOn,
    endsOn: mission.endsOn,
    status: mission.status,
    deliverables: mission.deliverables.map(({ title, dueOn, deliveredOn }) => ({ title, dueOn, deliveredOn })),
  };
}
type TrackedMission = ReturnType<typeof tracked>;
const missionFields = [
  "projectId",
  "title",
  "scope",
  "days",
  "budgetCents",
  "startsOn",
  "endsOn",
  "status",
  "deliverables",
] as const satisfies readonly (keyof TrackedMission)[];

/** The history's account of an expert's entry: each field that changed, before and after (all of them on creation). */
export function expertChanges(before: Expert | null, after: Expert): FieldChanges {
  return diffFields<Expert>(before, after, expertFields);
}

/** The same for a mission, deliverables compared by their content. */
export function missionChanges(before: Mission | null, after: Mission): FieldChanges {
  return diffFields<TrackedMission>(before ? tracked(before) : null, tracked(after), missionFields);
}
