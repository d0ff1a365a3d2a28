import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fail, ok, type Result } from "@cvv/domain/shared";

/** One entry of a feed, as plain text: HTML is reduced to its words, addresses other than http(s) dropped. */
export interface ParsedFeedItem {
  /** The feed's own id (RSS guid, Atom id), else the item's link. */
  guid: string;
  title: string;
  /** Empty when the feed gives no http(s) address. */
  link: string;
  summary: string;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  format: "rss" | "atom";
  title: string;
  items: ParsedFeedItem[];
}

/**
 * The one entry point of feed reading, so the parser behind it can be swapped: RSS 2.0 and Atom
 * 1.0; anything else is refused with a French reason the source keeps as its last error.
 */
export type ParseFeed = (xml: string) => Result<ParsedFeed>;

const MAX_TITLE = 500;
const MAX_SUMMARY = 2000;
const MAX_GUID = 1000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities beyond XML's own are not expanded: a feed is read, never trusted to define them.
  htmlEntities: false,
  isArray: (tagName) => ["item", "entry", "link", "category"].includes(tagName),
});

const namedEntities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  laquo: "«",
  raquo: "»",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  agrave: "à",
  acirc: "â",
  ccedil: "ç",
  ocirc: "ô",
  ucirc: "û",
  icirc: "î",
  euro: "€",
  ndash: "–",
  mdash: "—",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      const code = Number.parseInt(name.slice(2), 16);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    if (name.startsWith("#")) {
      const code = Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/**
 * The words of a feed's HTML summary. Only text comes out: it is shown as text by the admin app
 * and written into a Markdown draft that the publication's renderer sanitises again.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, " ")
      .replace(/<[^>]*>/g, ""),
  )
    .replace(/\s+/g, " ")
    .trim();
}

/** A tag's text, whether the parser gave a string, a number or an object with attributes. */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object") return text((value as Record<string, unknown>)["#text"]);
  return "";
}

const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

const httpOnly = (url: string): string => {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return "";
  try {
    return new URL(trimmed).href;
  } catch {
    return "";
  }
};

function date(value: unknown): Date | null {
  const raw = text(value).trim();
  if (raw === "") return null;
  const parsed = Date.parse(raw);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

function item(fields: {
  guid: string;
  title: string;
  link: string;
  summary: string;
  publishedAt: Date | null;
}): ParsedFeedItem | null {
  const link = httpOnly(fields.link);
  const guid = clip((fields.guid.trim() || link).trim(), MAX_GUID);
  // Without an id nor a link an item cannot be told from the same item fetched again.
  if (guid === "") return null;
  return {
    guid,
    title: clip(htmlToText(fields.title) || "(sans titre)", MAX_TITLE),
    link,
    summary: clip(htmlToText(fields.summary), MAX_SUMMARY),
    publishedAt: fields.publishedAt,
  };
}

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Node) : {};
const asList = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : value ? [asNode(value)] : []);

function readRss(rss: Node): ParsedFeed {
  const channel = asNode(rss["channel"]);
  const items = asList(channel["item"])
    .map((entry) =>
      item({
        guid: text(entry["guid"]),
        title: text(entry["title"]),
        link: text(entry["link"]),
        summary: text(entry["description"]) || text(entry["encoded"]),
        publishedAt: date(entry["pubDate"]) ?? date(entry["date"]),
      }),
    )
    .filter((entry): entry is ParsedFeedItem => entry !== null);
  return { format: "rss", title: htmlToText(text(channel["title"])), items };
}

/** Atom's link to the entry itself: rel="alternate" (the default), else the first one. */
function atomLink(links: unknown): string {
  const list = asList(links);
  const alternate = list.find((l) => (text(l["@_rel"]) || "alternate") === "alternate") ?? list[0];
  return alternate ? text(alternate["@_href"]) : "";
}

function readAtom(feed: Node): ParsedFeed {
  const items = asList(feed["entry"])
    .map((entry) =>
      item({
        guid: text(entry["id"]),
        title: text(entry["title"]),
        link: atomLink(entry["link"]),
        summary: text(entry["summary"]) || text(entry["content"]),
        publishedAt: date(entry["published"]) ?? date(entry["updated"]),
      }),
    )
    .filter((entry): entry is ParsedFeedItem => entry !== null);
  return { format: "atom", title: htmlToText(text(feed["title"])), items };
}

const looksLikeHtml = (document: string) =>
  /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]/i.test(document);

/** Reads an RSS 2.0 or Atom 1.0 document; anything else gets a French reason. */
export const parseFeed: ParseFeed = (xml) => {
  const document = xml.replace(/^\uFEFF/, "").trim();
  if (document === "") return fail("INVALID", "Le serveur a renvoyé un document vide au lieu d'un flux RSS ou Atom.");
  if (looksLikeHtml(document)) {
    return fail(
      "INVALID",
      "L'adresse renvoie une page web (HTML), pas un flux RSS ou Atom : cherchez sur cette page le lien de son flux.",
    );
  }
  const valid = XMLValidator.validate(document);
  if (valid !== true) {
    return fail(
      "INVALID",
      `Le flux n'est pas un document XML valide (ligne ${valid.err.line}, colonne ${valid.err.col}) : il n'a pas pu être lu.`,
    );
  }
  let parsed: Node;
  try {
    parsed = asNode(parser.parse(document));
  } catch {
    return fail("INVALID", "Le flux n'est pas un document XML valide : il n'a pas pu être lu.");
  }
  if (parsed["rss"]) return ok(readRss(asNode(parsed["rss"])));
  if (parsed["feed"]) return ok(readAtom(asNode(parsed["feed"])));
  if (parsed["html"]) {
    return fail(
      "INVALID",
      "L'adresse renvoie une page web (HTML), pas un flux RSS ou Atom : cherchez sur cette page le lien de son flux.",
    );
  }
  const root = Object.keys(parsed).find((key) => !key.startsWith("?")) ?? "aucun";
  return fail("INVALID", `Ce document XML n'est ni un flux RSS 2.0 ni un flux Atom 1.0 (élément racine « ${root} »).`);
};
