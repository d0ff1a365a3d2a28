import { editionStatusLabels } from "../labels/index.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { EditionStatus } from "./edition.schema.js";

/**
 * A call for applications moves forward: announced, open to applications, under selection,
 * closed. Selection may go back to open (the deadline is extended); a closed edition stays closed,
 * since its decisions and contracts rest on it.
 */
const next: Record<EditionStatus, readonly EditionStatus[]> = {
  planned: ["open"],
  open: ["selection", "closed"],
  selection: ["open", "closed"],
  closed: [],
};

export function nextEditionStatuses(from: EditionStatus): readonly EditionStatus[] {
  return next[from];
}

export function checkEditionTransition(from: EditionStatus, to: EditionStatus): Result<EditionStatus> {
  if (from === to || next[from].includes(to)) return ok(to);
  const allowed = next[from].map((s) => `« ${editionStatusLabels[s]} »`);
  return fail(
    "TRANSITION_REFUSED",
    allowed.length === 0
      ? `L'édition est « ${editionStatusLabels[from]} » : son statut ne peut plus changer.`
      : `Une édition « ${editionStatusLabels[from]} » ne peut pas passer à « ${editionStatusLabels[to]} » : statuts possibles : ${allowed.join(", ")}.`,
    "status",
  );
}
