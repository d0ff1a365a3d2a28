import { comparisonKey, uniqueLabels } from "../shared/comparison-key.rules.js";

/** The form tags and texts are compared in. */
export const watchKey = comparisonKey;

/** Trimmed, empty ones dropped, each tag once whatever its case or accents: the first spelling is kept. */
export const normalizeWatchTags = uniqueLabels;

/**
 * The programme's themes and the words that announce them in a title or a summary. A keyword
 * matches at the start of a word, so "commerçant" finds "commerçants" and "artisan" finds
 * "artisanat", but "halle" does not find "challenge".
 */
export const watchKeywords: Readonly<Record<string, readonly string[]>> = {
  commerce: ["commerce", "commerçant", "boutique", "vitrine", "magasin"],
  "vacance commerciale": [
    "vacance commerciale",
    "local vacant",
    "locaux vacants",
    "cellule vacante",
    "cellules vacantes",
  ],
  "centre-ville": ["centre-ville", "centres-villes", "cœur de ville", "coeur de ville"],
  artisanat: ["artisan", "métiers d'art"],
  marchés: ["marché forain", "marchés forains", "halle"],
  financement: ["subvention", "appel à projets", "appel à manifestation", "financement", "fonds"],
  numérique: ["numérique", "e-commerce", "vente en ligne"],
  "économie circulaire": ["réemploi", "ressourcerie", "repair café", "économie circulaire", "réparation"],
  urbanisme: ["urbanisme", "plan local d'urbanisme", "aménagement", "requalification"],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function mentions(haystack: string, keyword: string): boolean {
  const key = watchKey(keyword);
  if (key === "") return false;
  // Word start: the keyword follows the text's start or a character that is not a letter or digit.
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(key)}`, "u").test(haystack);
}

/**
 * The tags an item gets when it is fetched: its source's tags, then each theme (of `keywords`)
 * or known tag (of `knownTags`, e.g. every source's tags) its title or summary mentions. Twelve
 * at most, each once.
 */
export function pickWatchItemTags(
  item: { title: string; summary: string },
  source: { tags: readonly string[] },
  options: { keywords?: Readonly<Record<string, readonly string[]>>; knownTags?: readonly string[] } = {},
): string[] {
  const haystack = watchKey(`${item.title}\n${item.summary}`);
  const keywords = options.keywords ?? watchKeywords;
  const matched: string[] = [];
  for (const [tag, words] of Object.entries(keywords)) {
    if (mentions(haystack, tag) || words.some((word) => mentions(haystack, word))) matched.push(tag);
  }
  for (const tag of options.knownTags ?? []) {
    if (mentions(haystack, tag)) matched.push(tag);
  }
  return normalizeWatchTags([...source.tags, ...matched]).slice(0, 12);
}
