import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToText, parseFeed } from "./parse-feed.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("parseFeed", () => {
  it("reads an RSS 2.0 feed: ids, links, dates, HTML reduced to text", () => {
    const parsed = parseFeed(fixture("rss.xml"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.format).toBe("rss");
    expect(parsed.value.title).toBe("Le Journal des centres-villes (fictif)");
    expect(parsed.value.items).toHaveLength(3);
    expect(parsed.value.items[0]).toEqual({
      guid: "journal-2026-001",
      title: "Les commerçants de Bondy s'unissent contre la vacance commerciale",
      link: "https://journal.example.org/articles/bondy-vacance",
      summary: "Une association de commerçants lance un plan d'action & une boutique à l'essai.",
      publishedAt: new Date("2026-11-17T07:30:00.000Z"),
    });
    // A title of digits stays text; a javascript: link is dropped, the guid keeps the item.
    expect(parsed.value.items[2]).toMatchObject({
      title: "2026",
      link: "",
      guid: "journal-2026-003",
      publishedAt: null,
    });
  });

  it("reads an Atom 1.0 feed: the alternate link, published else updated", () => {
    const parsed = parseFeed(fixture("atom.xml"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.format).toBe("atom");
    expect(parsed.value.items).toEqual([
      {
        guid: "tag:observatoire.example.org,2026:entree-1",
        title: "Le numérique au service des boutiques",
        link: "https://observatoire.example.org/entrees/1",
        summary: "Vente en ligne et retrait en magasin : trois exemples en Île-de-France.",
        publishedAt: new Date("2026-11-18T09:00:00.000Z"),
      },
      {
        guid: "tag:observatoire.example.org,2026:entree-2",
        title: "Réemploi : une ressourcerie ouvre en centre-ville",
        link: "https://observatoire.example.org/entrees/2",
        summary: "Une ressourcerie s'installe dans une cellule vacante.",
        publishedAt: new Date("2026-11-15T13:00:00.000Z"),
      },
    ]);
  });

  it("refuses malformed XML in French, with where it breaks", () => {
    const parsed = parseFeed(fixture("malformed.xml"));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toMatch(/^Le flux n'est pas un document XML valide \(ligne \d+, colonne \d+\)/);
  });

  it("says an HTML page is a web page, not a feed", () => {
    const parsed = parseFeed(fixture("page.html"));
    expect(parsed).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message:
          "L'adresse renvoie une page web (HTML), pas un flux RSS ou Atom : cherchez sur cette page le lien de son flux.",
      },
    });
  });

  it("refuses other XML and empty documents", () => {
    const other = parseFeed('<?xml version="1.0"?><urlset><url><loc>https://a.example.org/</loc></url></urlset>');
    expect(other.ok).toBe(false);
    if (!other.ok)
      expect(other.error.message).toBe(
        "Ce document XML n'est ni un flux RSS 2.0 ni un flux Atom 1.0 (élément racine « urlset »).",
      );
    expect(parseFeed("  ").ok).toBe(false);
  });

  it("reduces HTML to its words, scripts dropped", () => {
    expect(htmlToText("<p>Un&nbsp;<b>test</b></p><script>x()</script><p>suite &#233;t&#xE9;</p>")).toBe(
      "Un test suite été",
    );
  });
});
