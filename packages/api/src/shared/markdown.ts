import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Its own instance: `marked.use()` on the shared one would change every other caller's output.
 * Headings go down one level (h1 → h2, capped at h4): the page's title is its only h1.
 */
const markdown = new Marked({
  async: false,
  gfm: true,
  walkTokens(token) {
    if (token.type === "heading") token.depth = Math.min(Math.max(token.depth + 1, 2), 4);
  },
});

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre", "img"],
  allowedAttributes: { a: ["href"], img: ["src", "alt"] },
  // Relative links (to the portal's own pages) have no scheme and stay; any other scheme goes.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // An image with no text alternative says nothing to a screen reader (RGAA 1.1): it is dropped,
  // and so is one whose address was refused.
  exclusiveFilter: (frame) => frame.tag === "img" && (!frame.attribs.alt?.trim() || !frame.attribs.src),
};

/**
 * Officers write publications and events in Markdown; the portal receives HTML it can insert as
 * is. Whatever the Markdown holds (raw HTML, scripts, event handlers, javascript: or data:
 * addresses), only the allow-listed tags and attributes come out.
 */
export function renderMarkdown(md: string): string {
  const html = markdown.parse(md) as string;
  return sanitizeHtml(html, sanitizeOptions).trim();
}
