import type { CommuneScope } from "@cvv/db";
import type { Actor } from "@cvv/domain/users";

/** The rows an actor may see of commune-scoped records: everything for staff, their communes for contributors. */
export function scopeOf(actor: Actor): CommuneScope {
  return actor.role === "contributor" ? { communeCodes: actor.communeCodes } : "all";
}
