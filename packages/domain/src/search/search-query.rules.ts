import { fail, ok, type Result } from "../shared/result.js";

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 200;

/**
 * Turns what a person typed into a PostgreSQL `to_tsquery` text where every word is a prefix
 * ("commer" finds "commerce") and all words must match. Only letters and digits survive, so the
 * result can never be a tsquery syntax error, whatever was typed.
 */
export function toPrefixQuery(typed: string): Result<string> {
  const text = typed.trim();
  if (text.length < SEARCH_MIN_LENGTH) {
    return fail("INVALID", `Saisissez au moins ${SEARCH_MIN_LENGTH} caractères pour lancer la recherche.`);
  }
  if (text.length > SEARCH_MAX_LENGTH) {
    return fail("INVALID", `La recherche est limitée à ${SEARCH_MAX_LENGTH} caractères.`);
  }
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) {
    return fail("INVALID", "La recherche doit contenir au moins un mot (des lettres ou des chiffres).");
  }
  // Eight words are plenty to find a record; more only slows the query down.
  return ok(
    [...new Set(words.map((w) => w.toLowerCase()))]
      .slice(0, 8)
      .map((w) => `${w}:*`)
      .join(" & "),
  );
}

/** Splits a snippet marked by the database ([[…]]) into plain and highlighted parts, for <mark>. */
export function highlightParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = /\[\[(.*?)\]\]/gs;
  let last = 0;
  for (const found of snippet.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: snippet.slice(last, found.index), match: false });
    parts.push({ text: found[1] ?? "", match: true });
    last = found.index + found[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}
