import { watchItemStatusLabels } from "../labels/watch-labels.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { WatchItemStatus } from "./watch.schema.js";

const quoted = (status: WatchItemStatus) => `« ${watchItemStatusLabels[status]} »`;

/**
 * An officer moves an item between "to review", "kept" and "dismissed" freely; "converted" is
 * reached only by converting it into a draft, and is final: the draft exists.
 */
export function checkWatchItemStatusChange(from: WatchItemStatus, to: WatchItemStatus): Result<WatchItemStatus> {
  if (from === to) return ok(to);
  if (from === "converted") {
    return fail(
      "TRANSITION_REFUSED",
      "Cet élément a déjà été transformé en brouillon : son statut ne change plus.",
      "status",
    );
  }
  if (to === "converted") {
    return fail(
      "TRANSITION_REFUSED",
      `Un élément ${quoted(from)} devient « ${watchItemStatusLabels.converted} » par le bouton « Transformer en brouillon », pas par son statut.`,
      "status",
    );
  }
  return ok(to);
}

/** An item becomes a draft once: a second conversion would make a second draft of the same news. */
export function checkWatchItemConversion(status: WatchItemStatus): Result<void> {
  if (status === "converted") {
    return fail("CONFLICT", "Cet élément a déjà été transformé en brouillon de publication.");
  }
  return ok(undefined);
}

/** The Markdown body of the draft made from an item: its summary, then the source cited with its link. */
export function watchDraftBody(item: { summary: string; link: string }, sourceName: string): string {
  const cited = /^https?:\/\//i.test(item.link)
    ? `Source : [${sourceName.replace(/[[\]]/g, "")}](<${item.link.replace(/[<>]/g, "")}>)`
    : `Source : ${sourceName}`;
  return [item.summary.trim(), cited].filter((part) => part !== "").join("\n\n");
}
