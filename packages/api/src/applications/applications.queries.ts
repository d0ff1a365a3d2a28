import {
  applicationsRepository,
  recordChangesRepository,
  type ApplicationFilter,
  type RecordChangeView,
} from "@cvv/db";
import { nextApplicationStatuses } from "@cvv/domain/applications";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden } from "../shared/errors.js";
import { loadApplication, readsApplications } from "./application-access.js";
import { applicationView, detailView } from "./application-view.js";

/** Officers see every application; a contributor only those of their communes (the scope is in the query). */
export async function listApplications(ctx: Context, actor: SessionUser, filter: ApplicationFilter) {
  if (!readsApplications(actor)) return forbidden();
  const list = await applicationsRepository(ctx.db).list(scopeOf(actor), filter);
  return ok(list.map(applicationView));
}

/** The editions to apply to or filter by; communes do not see those of programmes still in preparation. */
export async function listApplicationEditions(ctx: Context, actor: SessionUser) {
  if (!readsApplications(actor)) return forbidden();
  return ok(await applicationsRepository(ctx.db).editions({ includeDraftProgrammes: actor.role !== "contributor" }));
}

/** An application, its contract, and what the reader may do with it now. */
export async function getApplication(ctx: Context, actor: SessionUser, id: string) {
  const found = await loadApplication(ctx, actor, id, "application.read");
  if (!found.ok) return found;
  const application = found.value;
  const about = { communeInseeCode: application.communeInseeCode };
  const write = can(actor, "application.write", about);
  const review = can(actor, "application.review", about);
  const manage = can(actor, "contract.manage", about);
  const { status } = application;
  return ok({
    ...detailView(application),
    actions: {
      edit: write && status === "draft",
      submit: write && status === "draft",
      withdraw: write && nextApplicationStatuses(status).includes("withdrawn"),
      assessEligibility: review && status === "submitted",
      decide: review && status === "eligible",
      createContract: manage && status === "selected" && application.contract === null,
      updateContract: manage && application.contract !== null,
    },
  });
}

/** Who changed what, oldest first: the application's steps, then its contract's. */
export async function applicationHistory(
  ctx: Context,
  actor: SessionUser,
  id: string,
): Promise<Result<RecordChangeView[]>> {
  const found = await loadApplication(ctx, actor, id, "application.read");
  if (!found.ok) return found;
  const history = recordChangesRepository(ctx.db);
  const { contract } = found.value;
  const entries = [
    ...(await history.forRecord("application", id)),
    ...(contract ? await history.forRecord("contract", contract.id) : []),
  ];
  // A stable sort: a step and the contract it brought, written in one transaction, share their moment.
  return ok(entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
}
