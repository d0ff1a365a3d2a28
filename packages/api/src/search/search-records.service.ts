import { searchRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { toPrefixQuery, type SearchHit, type SearchInput } from "@cvv/domain/search";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden } from "../shared/errors.js";

/** The search box of the admin app: what the reader may see, best matches first. */
export async function searchRecords(
  ctx: Context,
  actor: SessionUser,
  input: SearchInput,
): Promise<Result<SearchHit[]>> {
  // A partner reads the guide only: the search would list every project.
  if (!can(actor, "project.list")) return forbidden();
  const query = toPrefixQuery(input.q);
  if (!query.ok) return query;
  const hits = await searchRepository(ctx.db).search(query.value, {
    communeCodes: actor.role === "contributor" ? actor.communeCodes : null,
    experts: can(actor, "expert.read"),
    meetings: can(actor, "governance.read"),
  });
  return ok(hits);
}
