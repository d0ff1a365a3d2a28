import { describe, expect, it } from "vitest";
import { createWatchSourceInput, rateWatchItemInput } from "./watch.input.js";
import { normalizeWatchTags, pickWatchItemTags } from "./watch-tags.rules.js";
import { checkWatchItemConversion, checkWatchItemStatusChange, watchDraftBody } from "./watch.rules.js";

describe("tags of a fetched item", () => {
  it("starts from the source's tags and adds the themes its title or summary mention", () => {
    const tags = pickWatchItemTags(
      {
        title: "Les commerçants de Bondy face à la vacance commerciale",
        summary: "Un appel à projets pour les artisans.",
      },
      { tags: ["Presse locale"] },
    );
    expect(tags).toEqual(["Presse locale", "commerce", "vacance commerciale", "artisanat", "financement"]);
  });

  it("ignores accents and case, and matches at the start of a word only", () => {
    expect(pickWatchItemTags({ title: "NUMERIQUE : la VENTE EN LIGNE", summary: "" }, { tags: [] })).toEqual([
      "numérique",
    ]);
    // "challenge" holds "halle" but not at a word's start.
    expect(pickWatchItemTags({ title: "Un challenge sportif", summary: "" }, { tags: [] })).toEqual([]);
  });

  it("adds a known tag the text names, and never twice", () => {
    const tags = pickWatchItemTags(
      { title: "Le Grand Paris Express et le commerce", summary: "" },
      { tags: ["Commerce"] },
      { knownTags: ["Grand Paris Express", "Mobilité"] },
    );
    expect(tags).toEqual(["Commerce", "Grand Paris Express"]);
  });

  it("keeps twelve tags at most", () => {
    const many = Array.from({ length: 20 }, (_, i) => `étiquette ${i}`);
    expect(pickWatchItemTags({ title: "", summary: "" }, { tags: many })).toHaveLength(12);
  });

  it("normalises tags: trimmed, once whatever the accents", () => {
    expect(normalizeWatchTags([" Économie ", "economie", "", "Commerce  local"])).toEqual([
      "Économie",
      "Commerce local",
    ]);
  });
});

describe("statuses of an item", () => {
  it("moves freely between to review, kept and dismissed", () => {
    expect(checkWatchItemStatusChange("new", "kept").ok).toBe(true);
    expect(checkWatchItemStatusChange("dismissed", "new").ok).toBe(true);
  });

  it("reaches converted only by converting, and leaves it never", () => {
    const toConverted = checkWatchItemStatusChange("kept", "converted");
    expect(toConverted.ok).toBe(false);
    const fromConverted = checkWatchItemStatusChange("converted", "kept");
    expect(fromConverted).toMatchObject({ ok: false, error: { code: "TRANSITION_REFUSED", field: "status" } });
    expect(checkWatchItemConversion("converted")).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(checkWatchItemConversion("kept").ok).toBe(true);
  });
});

describe("the draft made from an item", () => {
  it("cites its source with the link", () => {
    expect(watchDraftBody({ summary: "Résumé.", link: "https://exemple.fr/a?b=1" }, "Le Journal [test]")).toBe(
      "Résumé.\n\nSource : [Le Journal test](<https://exemple.fr/a?b=1>)",
    );
  });
  it("does not make a link of an address that is not http", () => {
    expect(watchDraftBody({ summary: "", link: "javascript:alert(1)" }, "Journal")).toBe("Source : Journal");
  });
});

describe("inputs of the veille", () => {
  it("accepts an https feed and refuses another scheme in French", () => {
    expect(createWatchSourceInput.safeParse({ name: "Flux", url: "https://exemple.fr/flux.xml" }).success).toBe(true);
    for (const url of ["ftp://exemple.fr/flux.xml", "file:///etc/passwd", "javascript:alert(1)", "exemple.fr"]) {
      const refused = createWatchSourceInput.safeParse({ name: "Flux", url });
      expect(refused.success, url).toBe(false);
      expect(refused.error?.issues[0]?.message, url).toMatch(/^Adresse de flux invalide/);
    }
  });

  it("refuses a relevance outside 0–3 and a status set to converted", () => {
    const id = "6f1c1c1e-8a55-4b0a-9a57-1d1d1d1d1d1d";
    expect(rateWatchItemInput.safeParse({ id, version: 0, relevance: 4 }).error?.issues[0]?.message).toMatch(/de 0/);
    expect(rateWatchItemInput.safeParse({ id, version: 0, status: "converted" }).success).toBe(false);
    expect(rateWatchItemInput.parse({ id, version: 0, relevance: 2 })).toEqual({ id, version: 0, relevance: 2 });
  });
});
