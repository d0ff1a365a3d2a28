import { describe, expect, it } from "vitest";
import { highlightParts, toPrefixQuery } from "./search-query.rules.js";

describe("toPrefixQuery", () => {
  it("makes every word a prefix that must match", () => {
    expect(toPrefixQuery("Métiers d'art")).toEqual({ ok: true, value: "métiers:* & d:* & art:*" });
  });

  it("drops what the query syntax would read as operators, so nothing typed can break it", () => {
    expect(toPrefixQuery("commerce & !(vacance) | 'rue'")).toEqual({
      ok: true,
      value: "commerce:* & vacance:* & rue:*",
    });
  });

  it("keeps each word once, lower-cased, and at most eight", () => {
    const result = toPrefixQuery("Bondy bondy un deux trois quatre cinq six sept huit neuf");
    expect(result).toEqual({
      ok: true,
      value: "bondy:* & un:* & deux:* & trois:* & quatre:* & cinq:* & six:* & sept:*",
    });
  });

  it("refuses too short, too long or wordless input in French", () => {
    expect(toPrefixQuery(" a ")).toMatchObject({ ok: false, error: { code: "INVALID" } });
    expect(toPrefixQuery("x".repeat(201))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("200") },
    });
    expect(toPrefixQuery("&& !!")).toMatchObject({
      ok: false,
      error: { message: "La recherche doit contenir au moins un mot (des lettres ou des chiffres)." },
    });
  });
});

describe("highlightParts", () => {
  it("splits the database's markers into highlighted parts", () => {
    expect(highlightParts("La [[rénovation]] des [[commerces]].")).toEqual([
      { text: "La ", match: false },
      { text: "rénovation", match: true },
      { text: " des ", match: false },
      { text: "commerces", match: true },
      { text: ".", match: false },
    ]);
  });

  it("leaves a snippet without markers whole", () => {
    expect(highlightParts("Sans correspondance")).toEqual([{ text: "Sans correspondance", match: false }]);
  });
});
