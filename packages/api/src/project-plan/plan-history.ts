import type { PlanItemRecord } from "@cvv/db";
import { dependencyTitles, type PlanItemContent, type PlanNode } from "@cvv/domain/project-plan";

/** The fields a plan item's history follows; dependencies by title, since ids mean nothing to a reader. */
export const trackedFields = [
  "kind",
  "title",
  "description",
  "owner",
  "startsOn",
  "dueOn",
  "progress",
  "status",
  "completedOn",
  "dependsOn",
] as const;

export type PlanItemSnapshot = Record<(typeof trackedFields)[number], unknown>;

/**
 * An item as its history records it. Empty texts and lists count as nothing, so a new item's
 * entry lists only what was filled in, and a deletion only what there was to lose.
 */
export function snapshot(item: PlanItemContent | PlanItemRecord, plan: readonly PlanNode[]): PlanItemSnapshot {
  const empty = (value: unknown) => (value === "" || (Array.isArray(value) && value.length === 0) ? null : value);
  return {
    kind: item.kind,
    title: item.title,
    description: empty(item.description),
    owner: empty(item.owner),
    startsOn: item.startsOn,
    dueOn: item.dueOn,
    progress: item.progress,
    status: item.status,
    completedOn: item.completedOn,
    dependsOn: empty(dependencyTitles(item.dependsOnIds, plan)),
  };
}

/** What a deleted item leaves: every field back to nothing. */
export const nothing: PlanItemSnapshot = Object.fromEntries(
  trackedFields.map((field) => [field, null]),
) as PlanItemSnapshot;
