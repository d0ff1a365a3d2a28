import { isUniqueViolation, type WriteOutcome } from "@cvv/db";
import { fail, ok, slugify, type Result } from "@cvv/domain/shared";
import { fromWrite } from "./errors.js";

/** A readable slug from a name, suffixed -2, -3… until it is free; always valid for slugSchema. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base) || "sans-titre";
  const withSuffix = (suffix: string) => `${root.slice(0, 80 - suffix.length).replace(/-+$/, "")}${suffix}`;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : withSuffix(`-${n}`);
    if (!(await taken(candidate))) return candidate;
  }
  return withSuffix(`-${Date.now().toString(36)}`);
}

class WriteRefused extends Error {
  constructor(readonly outcome: WriteOutcome<never>) {
    super("write refused");
  }
}

/** Lets slugClaimed treat a versioned write's refusal and its success alike. */
export function unwrapWrite<T>(outcome: WriteOutcome<T>): T {
  if (outcome.status !== "ok") throw new WriteRefused(outcome);
  return outcome.value;
}

/**
 * Runs a write that claims a slug. The check before it can race with another person's: the
 * database's unique index decides, and the loser gets a conflict in French, not an internal error.
 */
export async function slugClaimed<T>(
  write: () => Promise<T>,
  slug: string,
  what = "Enregistrement",
): Promise<Result<T>> {
  try {
    return ok(await write());
  } catch (error) {
    if (error instanceof WriteRefused) return fromWrite(error.outcome, what);
    if (isUniqueViolation(error))
      return fail("CONFLICT", `L'adresse courte « ${slug} » vient d'être prise : choisissez-en une autre.`, "slug");
    throw error;
  }
}
