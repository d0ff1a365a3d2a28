import { publicationStatusLabels, publicationTagSuggestions } from "../labels/publication-labels.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { PublicationStatus } from "./publication.schema.js";

/**
 * The workflow of a publication. `returned` is review→draft with a comment for the author;
 * scheduled→published is the scheduler's move once publishAt is reached (an officer may also do it).
 */
export const publicationTransitions: Readonly<Record<PublicationStatus, readonly PublicationStatus[]>> = {
  draft: ["review"],
  review: ["draft", "scheduled", "published"],
  scheduled: ["published", "draft"],
  published: ["archived"],
  archived: ["draft"],
};

/** The French name of a move, for the workflow buttons and the refusal messages. */
export const publicationMoveLabels: Record<string, string> = {
  "draft>review": "Soumettre à la relecture",
  "review>draft": "Renvoyer en brouillon",
  "review>scheduled": "Programmer",
  "review>published": "Publier",
  "scheduled>published": "Publier maintenant",
  "scheduled>draft": "Déprogrammer",
  "published>archived": "Archiver",
  "archived>draft": "Retravailler",
};

export function allowedPublicationMoves(from: PublicationStatus): readonly PublicationStatus[] {
  return publicationTransitions[from];
}

export interface PublicationTransitionRequest {
  from: PublicationStatus;
  to: PublicationStatus;
  /** ISO instant asked for a scheduled publication; the stored one otherwise. */
  publishAt: string | null;
  /** Required when a review sends a publication back to its author. */
  comment?: string | undefined;
  now: Date;
}

/**
 * Checks a move and says when the publication goes out: now for published, the date given for
 * scheduled, unchanged otherwise. The refusal names the moves allowed from the current status.
 */
export function checkPublicationTransition(
  request: PublicationTransitionRequest,
): Result<{ publishAt: string | null }> {
  const { from, to, now } = request;
  const allowed = publicationTransitions[from];
  if (!allowed.includes(to)) {
    const moves = allowed.map((s) => `« ${publicationStatusLabels[s]} »`).join(", ");
    return fail(
      "TRANSITION_REFUSED",
      `Une publication « ${publicationStatusLabels[from]} » ne peut pas passer à « ${publicationStatusLabels[to]} » : ` +
        `elle peut seulement passer à ${moves}.`,
      "status",
    );
  }
  if (from === "review" && to === "draft" && !request.comment?.trim()) {
    return fail(
      "INVALID",
      "Pour renvoyer une publication en brouillon, écrivez un commentaire qui explique ce qu'il faut reprendre.",
      "comment",
    );
  }
  if (to === "scheduled") {
    if (!request.publishAt) {
      return fail("INVALID", "Pour programmer une publication, indiquez sa date de publication.", "publishAt");
    }
    if (Date.parse(request.publishAt) <= now.getTime()) {
      return fail(
        "INVALID",
        "La date de publication programmée doit être dans le futur ; pour publier tout de suite, choisissez « Publier ».",
        "publishAt",
      );
    }
    return ok({ publishAt: new Date(request.publishAt).toISOString() });
  }
  if (to === "published") return ok({ publishAt: now.toISOString() });
  // Unscheduled: the planned date no longer holds, a new one is chosen when it is scheduled again.
  if (to === "draft" && from === "scheduled") return ok({ publishAt: null });
  return ok({ publishAt: request.publishAt });
}

/** Whether the scheduler publishes it now: scheduled, and its time has come. */
export function isDueForPublication(
  publication: { status: PublicationStatus; publishAt: string | Date | null },
  now: Date,
): boolean {
  if (publication.status !== "scheduled" || publication.publishAt === null) return false;
  const at =
    typeof publication.publishAt === "string" ? Date.parse(publication.publishAt) : publication.publishAt.getTime();
  return at <= now.getTime();
}

/**
 * Tags as stored: trimmed, single-spaced, lower-case, each once. A suggested tag keeps its own
 * spelling (« ESS » stays an acronym), so the portal's filter finds it whoever typed it.
 */
export function normalizePublicationTags(tags: readonly string[]): string[] {
  const suggested = new Map(publicationTagSuggestions.map((t) => [t.toLocaleLowerCase("fr"), t as string]));
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const key = raw.replace(/\s+/g, " ").trim().toLocaleLowerCase("fr");
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    kept.push(suggested.get(key) ?? key);
  }
  return kept;
}

/**
 * What the sanitiser will remove from a Markdown body when it is rendered: the text is stored as
 * typed, the page shows it cleaned, and the officer is told why part of it will not appear.
 */
export function markdownSafetyWarnings(body: string): string[] {
  const warnings: string[] = [];
  if (/<\s*script\b/i.test(body)) {
    warnings.push(
      "Le texte contient une balise <script> : elle sera retirée à l'affichage (le code n'est jamais exécuté sur le portail). Votre texte est enregistré tel quel.",
    );
  }
  if (/javascript\s*:/i.test(body)) {
    warnings.push(
      "Le texte contient un lien « javascript: » : ce lien sera retiré à l'affichage. Utilisez une adresse en https://. Votre texte est enregistré tel quel.",
    );
  }
  if (/<\s*(iframe|object|embed|style)\b/i.test(body) || /\son[a-z]+\s*=/i.test(body)) {
    warnings.push(
      "Le texte contient du HTML qui sera retiré à l'affichage (cadre intégré, style ou attribut d'événement). Votre texte est enregistré tel quel.",
    );
  }
  return warnings;
}
