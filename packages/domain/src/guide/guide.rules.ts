import { guideProposalStatusLabels } from "../labels/guide-labels.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { GuideChapterStatus, GuideProposalStatus } from "./guide.schema.js";

/** A partner proposes on any chapter the officers keep: drafts being written as well as published ones. */
export function checkCanPropose(chapter: { status: GuideChapterStatus }): Result<void> {
  if (chapter.status === "draft" || chapter.status === "published") return ok(undefined);
  return fail("INVALID", "On ne peut proposer de modification que sur un chapitre publié ou en brouillon.");
}

function stillPending(status: GuideProposalStatus): Result<void> {
  if (status === "pending") return ok(undefined);
  return fail(
    "TRANSITION_REFUSED",
    `Cette proposition est déjà « ${guideProposalStatusLabels[status]} » : elle ne peut plus être modifiée.`,
  );
}

/**
 * Accepting applies the proposed text to the chapter. If the chapter changed since the partner
 * read it, accepting would silently erase those changes: the officer must confirm.
 */
export function checkAccept(
  proposal: { status: GuideProposalStatus; baseVersion: number },
  chapter: { version: number },
  applyAnyway: boolean,
): Result<void> {
  const pending = stillPending(proposal.status);
  if (!pending.ok) return pending;
  if (chapter.version !== proposal.baseVersion && !applyAnyway) {
    return fail(
      "CONFLICT",
      "Le chapitre a été modifié depuis que cette proposition a été écrite : comparez les textes, puis choisissez « Appliquer quand même » pour remplacer le texte actuel par la proposition.",
      "applyAnyway",
    );
  }
  return ok(undefined);
}

/** A partner is told why: a decline without a word is refused. */
export function checkDecline(proposal: { status: GuideProposalStatus }, comment: string): Result<void> {
  const pending = stillPending(proposal.status);
  if (!pending.ok) return pending;
  if (comment.trim() === "") {
    return fail(
      "INVALID",
      "Pour refuser une proposition, expliquez pourquoi au partenaire dans le commentaire.",
      "comment",
    );
  }
  return ok(undefined);
}

/** Only its author withdraws a proposal, while it waits. */
export function checkWithdraw(
  proposal: { status: GuideProposalStatus; authorId: string | null },
  actorId: string,
): Result<void> {
  if (proposal.authorId !== actorId) {
    return fail("FORBIDDEN", "Seul l'auteur d'une proposition peut la retirer.");
  }
  return stillPending(proposal.status);
}
