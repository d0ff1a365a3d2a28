import { networksRepository, recordChangesRepository, type Tx } from "@cvv/db";
import {
  checkParent,
  networkChanges,
  type CreateNetworkInput,
  type Network,
  type NetworkKind,
  type UpdateNetworkInput,
} from "@cvv/domain/networks";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

async function checkPlace(
  tx: Tx,
  network: { id: string | null; kind: NetworkKind; parentId: string | null },
): Promise<Result<true>> {
  const parent = network.parentId ? await networksRepository(tx).find(network.parentId) : null;
  return checkParent(network, parent);
}

export async function createNetwork(
  ctx: Context,
  actor: SessionUser,
  input: CreateNetworkInput,
): Promise<Result<Network>> {
  if (!can(actor, "network.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const place = await checkPlace(tx, { id: null, kind: input.kind, parentId: input.parentId ?? null });
    if (!place.ok) return place;
    const created = await networksRepository(tx).create(input);
    await recordChangesRepository(tx).log({
      entity: "network",
      entityId: created.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: networkChanges(null, created),
    });
    return ok(created);
  });
}

export async function updateNetwork(
  ctx: Context,
  actor: SessionUser,
  input: UpdateNetworkInput,
): Promise<Result<Network>> {
  if (!can(actor, "network.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = networksRepository(tx);
    const before = await repo.findDetail(input.id);
    if (!before) return notFound("Réseau");
    const kind = input.kind ?? before.kind;
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    const place = await checkPlace(tx, { id: before.id, kind, parentId });
    if (!place.ok) return place;
    if (kind === "working_group" && before.groups.length > 0) {
      return fail(
        "INVALID",
        "Ce réseau a des groupes de travail : il ne peut pas devenir lui-même un groupe de travail.",
        "kind",
      );
    }
    const written = fromWrite(await repo.update(input), "Réseau");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "network",
      entityId: written.value.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: networkChanges(before, written.value),
    });
    return written;
  });
}
