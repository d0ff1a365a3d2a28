import { checkDateRange } from "../shared/date-range.rules.js";
import { fail, ok, type Result } from "../shared/result.js";
import { planItemStatusLabels, type PlanItemContent, type PlanItemStatus } from "./plan-item.schema.js";

const dueLabels = { start: "date de début", end: "date d'échéance" };
const completedLabels = { start: "date de début", end: "date d'achèvement" };

/** An action must end on or after its start; both are ISO dates, the due date is the end. */
export function checkPlanItemDates(startsOn: string | null | undefined, dueOn: string): Result<void> {
  const range = checkDateRange(startsOn, dueOn, dueLabels);
  return range.ok ? range : fail(range.error.code, range.error.message, "dueOn");
}

/** What a new item is before the officer's fields are applied. */
const newItem: Omit<PlanItemContent, "kind" | "title" | "dueOn"> = {
  description: "",
  owner: "",
  startsOn: null,
  progress: 0,
  status: "planned",
  completedOn: null,
  dependsOnIds: [],
};

/** The fields of an item that an officer writes, in the order forms show them. */
const planItemFields = [
  "kind",
  "title",
  "description",
  "owner",
  "startsOn",
  "dueOn",
  "progress",
  "status",
  "completedOn",
  "dependsOnIds",
] as const satisfies readonly (keyof PlanItemContent)[];

const open = (status: PlanItemStatus) => status === "planned" || status === "in_progress";

/**
 * The item as it will be stored: the fields sent applied over the current item (or a new one's
 * defaults), then made coherent. Done means 100 % and a completion date; what the person did not
 * say is derived from what they did (marking an item done sets 100 % and dates it today; typing
 * 100 % marks it done), and only explicit contradictions are refused, on the field to correct.
 * Dependencies are checked apart (plan-dependencies.rules.ts): they need the rest of the plan.
 */
export function resolvePlanItem(
  current: PlanItemContent | null,
  changes: Partial<PlanItemContent>,
  today: string,
): Result<PlanItemContent> {
  // Only content fields, and only those actually sent: an input's id, version or project stay out.
  const sent = Object.fromEntries(
    planItemFields.filter((field) => changes[field] !== undefined).map((field) => [field, changes[field]]),
  ) as Partial<PlanItemContent>;
  const base: PlanItemContent = current
    ? (Object.fromEntries(planItemFields.map((field) => [field, current[field]])) as PlanItemContent)
    : { ...newItem, kind: "action", title: "", dueOn: today };
  const item: PlanItemContent = { ...base, ...sent };

  if (item.kind === "milestone") {
    if (sent.startsOn) {
      return fail("INVALID", "Un jalon n'a qu'une date d'échéance : laissez la date de début vide.", "startsOn");
    }
    // An action turned into a milestone drops the start it had as an action.
    item.startsOn = null;
  }
  const dates = checkPlanItemDates(item.startsOn, item.dueOn);
  if (!dates.ok) return dates;

  const statusSent = sent.status !== undefined;
  const progressSent = sent.progress !== undefined;
  if (statusSent && item.status === "done" && progressSent && item.progress < 100) {
    return fail(
      "INVALID",
      `Un élément « ${planItemStatusLabels.done} » est avancé à 100 % : indiquez 100 % ou choisissez un autre statut.`,
      "progress",
    );
  }
  if (statusSent && open(item.status) && progressSent && item.progress === 100) {
    return fail(
      "INVALID",
      `Un élément avancé à 100 % est « ${planItemStatusLabels.done} » : choisissez ce statut ou indiquez un avancement inférieur.`,
      "status",
    );
  }
  if (statusSent && item.status === "done" && !progressSent) item.progress = 100;
  // A cancelled item keeps its status when its progress is corrected: the progress says how far it got.
  if (!statusSent && progressSent && item.status !== "cancelled") {
    if (item.progress === 100) item.status = "done";
    else if (item.progress > 0) item.status = "in_progress";
    else if (item.status === "done") item.status = "planned";
  }
  if (open(item.status) && item.progress === 100) {
    // Only a reopened item gets here (done, then sent back without a new progress): its real progress is unknown.
    return fail(
      "INVALID",
      `Indiquez l'avancement de l'élément rouvert : il ne peut rester à 100 % sans être « ${planItemStatusLabels.done} ».`,
      "progress",
    );
  }

  if (item.status === "done") {
    item.completedOn = item.completedOn ?? today;
    if (item.completedOn > today) {
      return fail(
        "INVALID",
        `La date d'achèvement (${item.completedOn}) est postérieure à aujourd'hui (${today}) : un élément ne s'achève pas à l'avance.`,
        "completedOn",
      );
    }
    const completed = checkDateRange(item.startsOn, item.completedOn, completedLabels);
    if (!completed.ok) return fail(completed.error.code, completed.error.message, "completedOn");
  } else {
    if (sent.completedOn) {
      return fail(
        "INVALID",
        `Seul un élément « ${planItemStatusLabels.done} » a une date d'achèvement : choisissez ce statut ou laissez la date vide.`,
        "completedOn",
      );
    }
    item.completedOn = null;
  }
  return ok(item);
}

/** Late: due before today and neither done nor cancelled. Due today is not late yet. */
export function isOverdue(item: { status: PlanItemStatus; dueOn: string }, today: string): boolean {
  return open(item.status) && item.dueOn < today;
}
