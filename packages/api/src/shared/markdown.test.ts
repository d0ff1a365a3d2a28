import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.js";

describe("renderMarkdown", () => {
  it("keeps ordinary Markdown: paragraphs, emphasis, lists, quotes, code and links", () => {
    const html = renderMarkdown(
      [
        "Le **programme** accompagne les _communes_.",
        "",
        "- premier point",
        "- second point",
        "",
        "1. un",
        "2. deux",
        "",
        "> Une citation.",
        "",
        "Le code `npm start` et [le site](https://www.metropolegrandparis.fr/fr) ou [écrire](mailto:contact@exemple.fr).",
        "",
        "```",
        "bloc",
        "```",
      ].join("\n"),
    );
    expect(html).toContain("<p>Le <strong>programme</strong> accompagne les <em>communes</em>.</p>");
    expect(html).toContain("<ul>\n<li>premier point</li>\n<li>second point</li>\n</ul>");
    expect(html).toContain("<ol>\n<li>un</li>\n<li>deux</li>\n</ol>");
    expect(html).toContain("<blockquote>\n<p>Une citation.</p>\n</blockquote>");
    expect(html).toContain("<code>npm start</code>");
    expect(html).toContain('<a href="https://www.metropolegrandparis.fr/fr">le site</a>');
    expect(html).toContain('<a href="mailto:contact@exemple.fr">écrire</a>');
    expect(html).toContain("<pre><code>bloc\n</code></pre>");
  });

  it("shifts headings down so that a body never has an h1, capped at h4", () => {
    const html = renderMarkdown("# Titre\n\n## Partie\n\n### Sous-partie\n\n##### Détail");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h2>Titre</h2>");
    expect(html).toContain("<h3>Partie</h3>");
    expect(html).toContain("<h4>Sous-partie</h4>");
    expect(html).toContain("<h4>Détail</h4>");
    expect(renderMarkdown("<h1>Brut</h1>")).not.toContain("<h1");
  });

  it("removes script elements and their content", () => {
    const html = renderMarkdown(
      'Avant\n\n<script>alert("x")</script>\n\nAprès <script src="https://evil.example/x.js"></script>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert");
    expect(html).toContain("Avant");
    expect(html).toContain("Après");
  });

  it("removes event handler attributes", () => {
    const html = renderMarkdown(
      '<img src="https://exemple.fr/a.png" alt="Vitrine" onerror="alert(1)">\n\n<p onclick="alert(2)">Texte</p>',
    );
    expect(html).not.toMatch(/onerror|onclick|alert/i);
    expect(html).toContain('<img src="https://exemple.fr/a.png" alt="Vitrine" />');
    expect(html).toContain("<p>Texte</p>");
  });

  it("removes javascript: links, however they are spelled", () => {
    for (const md of [
      "[clic](javascript:alert(1))",
      '<a href="javascript:alert(1)">clic</a>',
      '<a href="JaVaScRiPt:alert(1)">clic</a>',
      '<a href="&#106;avascript:alert(1)">clic</a>',
      '<a href=" javascript:alert(1)">clic</a>',
    ]) {
      const html = renderMarkdown(md);
      expect(html, md).not.toMatch(/javascript/i);
      expect(html, md).toContain("clic");
    }
  });

  it("removes data: URLs from links and images", () => {
    const html = renderMarkdown(
      "[fichier](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n![Logo](data:image/png;base64,iVBORw0KGgo=)",
    );
    expect(html).not.toContain("data:");
    expect(html).not.toContain("<img");
    expect(html).toContain("fichier");
  });

  it("keeps images with a text alternative only", () => {
    expect(renderMarkdown("![Marché de Bondy](https://exemple.fr/marche.jpg)")).toBe(
      '<p><img src="https://exemple.fr/marche.jpg" alt="Marché de Bondy" /></p>',
    );
    expect(renderMarkdown("![](https://exemple.fr/marche.jpg)")).not.toContain("<img");
    expect(renderMarkdown("![   ](https://exemple.fr/marche.jpg)")).not.toContain("<img");
  });

  it("drops other tags and attributes but keeps their text", () => {
    const html = renderMarkdown(
      '<div class="x" style="color:red"><iframe src="https://exemple.fr"></iframe>Bonjour</div>',
    );
    expect(html).not.toMatch(/div|iframe|style|class/);
    expect(html).toContain("Bonjour");
    expect(renderMarkdown('<a href="https://exemple.fr" target="_blank" title="t">lien</a>')).toBe(
      '<p><a href="https://exemple.fr">lien</a></p>',
    );
  });

  it("renders an empty body as nothing", () => {
    expect(renderMarkdown("")).toBe("");
  });
});
