import type { Commune } from "./api-types";

/** Names repeat across France (two Sceaux): a commune is always shown with its département. */
export function communeLabel(commune: Pick<Commune, "name" | "departement">): string {
  return `${commune.name} (${commune.departement})`;
}

/** For matching what people type: case and accents ignored ("epinay" finds Épinay-sur-Seine). */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}
