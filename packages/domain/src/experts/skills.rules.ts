import { comparisonKey, uniqueLabels } from "../shared/comparison-key.rules.js";

/** The form of a skill that comparisons use. */
export const skillKey = comparisonKey;

/** Trimmed, empty ones dropped, and each skill once: the first spelling given is the one kept. */
export const normalizeSkills = uniqueLabels;

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
