import { fail, ok, type Result } from "../shared/result.js";

/** An item of a project's plan as the dependency rules see it. */
export interface PlanNode {
  id: string;
  title: string;
  dependsOnIds: readonly string[];
}

const quote = (title: string) => `« ${title} »`;

function listTitles(titles: readonly string[]): string {
  const quoted = titles.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} et ${quoted.at(-1)}`;
}

/**
 * The dependencies an item may have: items of its own project (`plan` holds that project's items
 * only, so an id from another project is simply not found), never itself, and never a chain that
 * leads back to it. `item.id` is null for an item being created, which nothing depends on yet, so
 * it cannot close a cycle. Returns the ids without repeats, in the order given.
 */
export function checkDependencies(
  item: { id: string | null; title: string },
  dependsOnIds: readonly string[],
  plan: readonly PlanNode[],
): Result<string[]> {
  const ids = [...new Set(dependsOnIds)];
  if (item.id !== null && ids.includes(item.id)) {
    return fail(
      "INVALID",
      `Un élément ne peut pas dépendre de lui-même : retirez ${quote(item.title)} de ses dépendances.`,
      "dependsOnIds",
    );
  }
  const byId = new Map(plan.map((node) => [node.id, node]));
  if (ids.some((id) => !byId.has(id))) {
    return fail(
      "INVALID",
      "Une dépendance n'appartient pas à ce projet : un élément ne peut dépendre que d'actions ou de jalons du même projet.",
      "dependsOnIds",
    );
  }
  if (item.id === null) return ok(ids);

  const self = item.id;
  // The item's stored dependencies are the ones being replaced: only the new ones count.
  const edgesOf = (id: string): readonly string[] => (id === self ? ids : (byId.get(id)?.dependsOnIds ?? []));
  // `visited` also keeps a plan that is already corrupt (a stored cycle not through this item) finite.
  const visited = new Set<string>();
  const pathBack = (current: string, path: string[]): string[] | null => {
    if (current === self) return path;
    if (visited.has(current)) return null;
    visited.add(current);
    for (const next of edgesOf(current)) {
      const found = pathBack(next, [...path, next]);
      if (found) return found;
    }
    return null;
  };
  for (const id of ids) {
    const cycle = pathBack(id, [self, id]);
    if (cycle) {
      const chain = cycle
        .map((step) => quote(step === self ? item.title : (byId.get(step)?.title ?? step)))
        .join(" → ");
      return fail(
        "INVALID",
        `Dépendance circulaire : ${chain}. Chaque flèche se lit « dépend de » : retirez l'une de ces dépendances.`,
        "dependsOnIds",
      );
    }
  }
  return ok(ids);
}

/**
 * An item others wait for is not deleted from under them: the officer removes those dependencies
 * first, knowingly, rather than finding them gone from other items.
 */
export function checkRemoval(item: { id: string; title: string }, plan: readonly PlanNode[]): Result<void> {
  const dependents = plan.filter((node) => node.id !== item.id && node.dependsOnIds.includes(item.id));
  if (dependents.length === 0) return ok(undefined);
  const titles = listTitles(dependents.map((node) => node.title));
  return fail(
    "INVALID",
    dependents.length === 1
      ? `${titles} dépend de ${quote(item.title)} : retirez d'abord cette dépendance, puis supprimez ${quote(item.title)}.`
      : `${titles} dépendent de ${quote(item.title)} : retirez d'abord ces dépendances, puis supprimez ${quote(item.title)}.`,
  );
}

/** The titles of an item's dependencies, as its history records them: ids mean nothing to a reader. */
export function dependencyTitles(dependsOnIds: readonly string[], plan: readonly PlanNode[]): string[] {
  const byId = new Map(plan.map((node) => [node.id, node.title]));
  return dependsOnIds.map((id) => byId.get(id) ?? id).sort((a, b) => a.localeCompare(b, "fr"));
}
