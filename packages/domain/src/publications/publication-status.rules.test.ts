import { describe, expect, it } from "vitest";
import { publicationStatuses } from "./publication.schema.js";
import {
  checkPublicationTransition,
  isDueForPublication,
  markdownSafetyWarnings,
  normalizePublicationTags,
  publicationTransitions,
} from "./publication-status.rules.js";

const now = new Date("2026-06-15T10:00:00Z");
const future = "2026-07-01T08:00:00.000Z";
const past = "2026-06-01T08:00:00.000Z";

describe("checkPublicationTransition", () => {
  it("allows exactly the moves of the workflow", () => {
    const allowed = publicationStatuses.flatMap((from) =>
      publicationStatuses
        .filter((to) => checkPublicationTransition({ from, to, publishAt: future, comment: "À reprendre", now }).ok)
        .map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "draft>review",
        "review>draft",
        "review>scheduled",
        "review>published",
        "scheduled>published",
        "scheduled>draft",
        "published>archived",
        "archived>draft",
      ].sort(),
    );
    expect(Object.values(publicationTransitions).flat()).toHaveLength(8);
  });

  it("refuses in French and names the allowed moves", () => {
    const refused = checkPublicationTransition({ from: "draft", to: "published", publishAt: null, now });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "TRANSITION_REFUSED",
        message:
          "Une publication « Brouillon » ne peut pas passer à « Publiée » : elle peut seulement passer à « En relecture ».",
        field: "status",
      },
    });
  });

  it("wants a future date to schedule, and dates a publication when it goes out", () => {
    const noDate = checkPublicationTransition({ from: "review", to: "scheduled", publishAt: null, now });
    expect(!noDate.ok && noDate.error.field).toBe("publishAt");
    const pastDate = checkPublicationTransition({ from: "review", to: "scheduled", publishAt: past, now });
    expect(!pastDate.ok && pastDate.error.message).toMatch(/dans le futur/);
    expect(checkPublicationTransition({ from: "review", to: "scheduled", publishAt: future, now })).toEqual({
      ok: true,
      value: { publishAt: future },
    });
    expect(checkPublicationTransition({ from: "review", to: "published", publishAt: null, now })).toEqual({
      ok: true,
      value: { publishAt: now.toISOString() },
    });
    expect(checkPublicationTransition({ from: "scheduled", to: "draft", publishAt: future, now })).toEqual({
      ok: true,
      value: { publishAt: null },
    });
  });

  it("returns a review to its author only with a comment", () => {
    const bare = checkPublicationTransition({ from: "review", to: "draft", publishAt: null, comment: "  ", now });
    expect(!bare.ok && bare.error.field).toBe("comment");
    expect(
      checkPublicationTransition({ from: "review", to: "draft", publishAt: null, comment: "Sources ?", now }).ok,
    ).toBe(true);
  });
});

describe("isDueForPublication", () => {
  it("is due once scheduled and its date is reached", () => {
    expect(isDueForPublication({ status: "scheduled", publishAt: past }, now)).toBe(true);
    expect(isDueForPublication({ status: "scheduled", publishAt: now }, now)).toBe(true);
    expect(isDueForPublication({ status: "scheduled", publishAt: future }, now)).toBe(false);
    expect(isDueForPublication({ status: "review", publishAt: past }, now)).toBe(false);
  });
});

describe("normalizePublicationTags", () => {
  it("trims, lower-cases, dedupes, and keeps a suggestion's own spelling", () => {
    expect(normalizePublicationTags([" Réparation ", "réparation", "ess", "Vélo  Cargo", "", "vélo cargo"])).toEqual([
      "réparation",
      "ESS",
      "vélo cargo",
    ]);
  });
});

describe("markdownSafetyWarnings", () => {
  it("warns about scripts and javascript: links, not about plain Markdown", () => {
    expect(markdownSafetyWarnings("# Titre\n\nUn [lien](https://exemple.fr).")).toEqual([]);
    const warnings = markdownSafetyWarnings("Texte <script>alert(1)</script> et [clic](javascript:alert(1))");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/<script>/);
    expect(warnings[1]).toMatch(/javascript:/);
    expect(markdownSafetyWarnings('<img src="x" onerror="alert(1)">')).toHaveLength(1);
  });
});
