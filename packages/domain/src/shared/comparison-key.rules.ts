/**
 * The form labels typed by people are compared in: officers write "metiers d'art", "Métiers
 * d’art" or "METIERS D'ART" for the same thing, so case, accents, ligatures, apostrophes and
 * spacing are set aside.
 */
export function comparisonKey(text: string): string {
  return text
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Trimmed, empty ones dropped, and each label once whatever its spelling: the first one given is kept. */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of labels) {
    const label = raw.replace(/\s+/g, " ").trim();
    const key = comparisonKey(label);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    kept.push(label);
  }
  return kept;
}
