import { diffFields, type FieldChanges } from "../shared/field-changes.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { Network, NetworkKind, NetworkMeeting } from "./network.schema.js";

/**
 * Only a working group has a parent, and its parent is a network, not another group: the page of
 * a network lists its groups, one level deep.
 */
export function checkParent(
  network: { id: string | null; kind: NetworkKind; parentId: string | null },
  parent: Pick<Network, "id" | "kind"> | null,
): Result<true> {
  if (network.parentId === null) return ok(true);
  if (network.kind !== "working_group") {
    return fail("INVALID", "Seul un groupe de travail peut être rattaché à un réseau parent.", "parentId");
  }
  if (network.parentId === network.id) {
    return fail("INVALID", "Un groupe de travail ne peut pas être son propre réseau parent.", "parentId");
  }
  if (!parent) return fail("INVALID", "Le réseau parent est introuvable.", "parentId");
  if (parent.kind === "working_group") {
    return fail("INVALID", "Le réseau parent doit être un réseau, pas un autre groupe de travail.", "parentId");
  }
  return ok(true);
}

/** A member is a contact or a platform account, never both and never neither. */
export function checkMemberTarget(input: {
  contactId?: string | null | undefined;
  userId?: string | null | undefined;
}): Result<{ contactId: string; userId: null } | { contactId: null; userId: string }> {
  const contactId = input.contactId ?? null;
  const userId = input.userId ?? null;
  if (contactId && userId) {
    return fail("INVALID", "Choisissez soit un contact, soit un compte de la plateforme, pas les deux.", "contactId");
  }
  if (contactId) return ok({ contactId, userId: null });
  if (userId) return ok({ contactId: null, userId });
  return fail("INVALID", "Choisissez le contact ou le compte de la plateforme à ajouter au réseau.", "contactId");
}

export const networkFields = ["name", "kind", "description", "parentId"] as const satisfies readonly (keyof Network)[];
export const networkMeetingFields = [
  "title",
  "startsAt",
  "place",
  "agenda",
  "notes",
] as const satisfies readonly (keyof NetworkMeeting)[];

export function networkChanges(before: Network | null, after: Network): FieldChanges {
  return diffFields<Network>(before, after, networkFields);
}

export function networkMeetingChanges(before: NetworkMeeting | null, after: NetworkMeeting): FieldChanges {
  return diffFields<NetworkMeeting>(before, after, networkMeetingFields);
}
