import { networksRepository, recordChangesRepository } from "@cvv/db";
import {
  networkMeetingChanges,
  type CreateNetworkMeetingInput,
  type NetworkMeeting,
  type UpdateNetworkMeetingInput,
} from "@cvv/domain/networks";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export async function createNetworkMeeting(
  ctx: Context,
  actor: SessionUser,
  input: CreateNetworkMeetingInput,
): Promise<Result<NetworkMeeting>> {
  if (!can(actor, "network.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = networksRepository(tx);
    if (!(await repo.find(input.networkId))) return notFound("Réseau");
    const created = await repo.createMeeting(input);
    await recordChangesRepository(tx).log({
      entity: "network-meeting",
      entityId: created.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: networkMeetingChanges(null, created),
    });
    return ok(created);
  });
}

export async function updateNetworkMeeting(
  ctx: Context,
  actor: SessionUser,
  input: UpdateNetworkMeetingInput,
): Promise<Result<NetworkMeeting>> {
  if (!can(actor, "network.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = networksRepository(tx);
    const before = await repo.findMeeting(input.networkId, input.id);
    if (!before) return notFound("Réunion");
    const written = fromWrite(await repo.updateMeeting(input), "Réunion");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "network-meeting",
      entityId: written.value.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: networkMeetingChanges(before, written.value),
    });
    return written;
  });
}
