import { networksRepository, recordChangesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

export async function listNetworks(ctx: Context, actor: SessionUser) {
  if (!can(actor, "network.read")) return forbidden();
  return ok(await networksRepository(ctx.db).list());
}

/** A network with its members, working groups and meetings, and what the person may do. */
export async function getNetwork(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "network.read")) return forbidden();
  const network = await networksRepository(ctx.db).findDetail(id);
  if (!network) return notFound("Réseau");
  return ok({ ...network, permissions: { manage: can(actor, "network.manage") } });
}

/** Who changed what on the network and its meetings, newest first. */
export async function networkHistory(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "network.read")) return forbidden();
  const network = await networksRepository(ctx.db).findDetail(id);
  if (!network) return notFound("Réseau");
  const history = recordChangesRepository(ctx.db);
  const entries = await history.forRecord("network", id);
  for (const meeting of network.meetings) entries.push(...(await history.forRecord("network-meeting", meeting.id)));
  entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return ok(entries);
}
