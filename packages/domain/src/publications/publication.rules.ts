import { publicationStatusLabels } from "../labels/publication-labels.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { PublicationStatus } from "./publication.schema.js";

interface PublicationMoment {
  status: PublicationStatus;
  /** ISO 8601 instant, or a Date as a repository reads it. */
  publishAt: string | Date | null;
}

const instant = (value: string | Date) => (typeof value === "string" ? Date.parse(value) : value.getTime());

/**
 * Whether the public sees a publication at `now`, in lists and feeds: published, or scheduled
 * and its time has come. A scheduled one needs no job to go out: it is public from its date.
 */
export function isPubliclyVisible(publication: PublicationMoment, now: Date): boolean {
  if (publication.status === "published") return true;
  return (
    publication.status === "scheduled" &&
    publication.publishAt !== null &&
    instant(publication.publishAt) <= now.getTime()
  );
}

/**
 * An archived publication leaves the lists and feeds but stays readable at its address, with a
 * notice: links from the press or a commune's site keep working. Only what was once public is
 * archived-readable: one archived before its publication date stays hidden.
 */
export function isReadableAtItsAddress(publication: PublicationMoment, now: Date): boolean {
  if (isPubliclyVisible(publication, now)) return true;
  return (
    publication.status === "archived" &&
    publication.publishAt !== null &&
    instant(publication.publishAt) <= now.getTime()
  );
}

/** Scheduled, published and archived publications have a date of publication (the database checks it too). */
export function checkPublicationSchedule(
  status: PublicationStatus,
  publishAt: string | null | undefined,
): Result<void> {
  if (status !== "scheduled" && status !== "published" && status !== "archived") return ok(undefined);
  if (publishAt) return ok(undefined);
  return fail(
    "INVALID",
    `Une publication « ${publicationStatusLabels[status]} » a une date de publication : indiquez-la.`,
    "publishAt",
  );
}

/** Trimmed, empty ones dropped, each once whatever its case: the first spelling given is kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, " ").trim();
    const key = tag.toLocaleLowerCase("fr");
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
  }
  return kept;
}
