/**
 * The form of a skill that comparisons use: officers type "metiers d'art", "Métiers d’art" or
 * "METIERS D'ART" for the same thing, so case, accents, ligatures, apostrophes and spacing are
 * set aside.
 */
export function skillKey(skill: string): string {
  return skill
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Trimmed, empty ones dropped, and each skill once: the first spelling given is the one kept. */
export function normalizeSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of skills) {
    const skill = raw.replace(/\s+/g, " ").trim();
    const key = skillKey(skill);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    kept.push(skill);
  }
  return kept;
}

/**
 * Whether one of the skills answers a search: the search's words found in the skill, whatever
 * the accents or case ("metiers d'art" finds "Métiers d'art", "commerce" finds "Commerce de
 * proximité"). An empty search matches everyone.
 */
export function matchesSkill(skills: readonly string[], search: string): boolean {
  const wanted = skillKey(search);
  if (wanted === "") return true;
  return skills.some((skill) => skillKey(skill).includes(wanted));
}

/** The same comparison for free text on a name: "etudes" finds "Études & Territoires". */
export function matchesText(text: string, search: string): boolean {
  const wanted = skillKey(search);
  return wanted === "" || skillKey(text).includes(wanted);
}
