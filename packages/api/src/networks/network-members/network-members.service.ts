import {
  contactsRepository,
  networksRepository,
  recordChangesRepository,
  usersRepository,
  type NetworkMemberView,
} from "@cvv/db";
import { checkMemberTarget, type AddNetworkMemberInput, type RemoveNetworkMemberInput } from "@cvv/domain/networks";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/**
 * A contact of the directory or a platform account joins the network. The history names the
 * member by id only: a name written there would outlive the contact's anonymisation.
 */
export async function addNetworkMember(
  ctx: Context,
  actor: SessionUser,
  input: AddNetworkMemberInput,
): Promise<Result<NetworkMemberView>> {
  if (!can(actor, "network.manage")) return forbidden();
  const target = checkMemberTarget(input);
  if (!target.ok) return target;
  return inTransaction(ctx.db, async (tx) => {
    const repo = networksRepository(tx);
    if (!(await repo.find(input.networkId))) return notFound("Réseau");
    const { contactId, userId } = target.value;
    if (contactId) {
      const contact = await contactsRepository(tx).find(contactId);
      if (!contact) return fail("INVALID", "Ce contact n'existe pas : choisissez-en un dans la liste.", "contactId");
      if (contact.anonymisedAt) {
        return fail("INVALID", "Ce contact a été anonymisé : il ne peut plus rejoindre un réseau.", "contactId");
      }
    }
    if (userId && !(await usersRepository(tx).find(userId))) {
      return fail("INVALID", "Ce compte n'existe pas sur la plateforme.", "userId");
    }
    const added = await repo.addMember({ networkId: input.networkId, contactId, userId, role: input.role ?? "" });
    if (added.status === "duplicate") {
      return fail(
        "INVALID",
        contactId ? "Ce contact est déjà membre de ce réseau." : "Ce compte est déjà membre de ce réseau.",
        contactId ? "contactId" : "userId",
      );
    }
    await recordChangesRepository(tx).log({
      entity: "network",
      entityId: input.networkId,
      projectId: null,
      actorId: actor.id,
      action: "member-added",
      changes: contactId ? { contactId: [null, contactId] } : { userId: [null, userId] },
    });
    return ok(added.member);
  });
}

export async function removeNetworkMember(
  ctx: Context,
  actor: SessionUser,
  input: RemoveNetworkMemberInput,
): Promise<Result<{ id: string }>> {
  if (!can(actor, "network.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = networksRepository(tx);
    const member = await repo.findMember(input.networkId, input.memberId);
    if (!member || !(await repo.removeMember(input.networkId, input.memberId))) return notFound("Membre");
    await recordChangesRepository(tx).log({
      entity: "network",
      entityId: input.networkId,
      projectId: null,
      actorId: actor.id,
      action: "member-removed",
      changes: member.contact ? { contactId: [member.contact.id, null] } : { userId: [member.user?.id ?? null, null] },
    });
    return ok({ id: input.memberId });
  });
}
