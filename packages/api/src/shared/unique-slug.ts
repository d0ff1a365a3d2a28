import { slugify } from "@cvv/domain/shared";

/** A readable slug from a name, suffixed -2, -3… until it is free. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base) || "sans-titre";
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root.slice(0, 75)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${root.slice(0, 60)}-${Date.now().toString(36)}`;
}
