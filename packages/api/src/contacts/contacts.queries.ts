import { contactsRepository, organisationsRepository, recordChangesRepository } from "@cvv/db";
import { retentionDeadline, type ListContactsInput } from "@cvv/domain/contacts";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

/** Contacts, by partner or by a search on the name, the e-mail or the partner's name. */
export async function listContacts(ctx: Context, actor: SessionUser, input: ListContactsInput) {
  if (!can(actor, "contact.read")) return forbidden();
  return ok(await contactsRepository(ctx.db).list(input));
}

export async function getContact(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "contact.read")) return forbidden();
  const repo = contactsRepository(ctx.db);
  const contact = await repo.find(id);
  if (!contact) return notFound("Contact");
  const memberships = await repo.memberships(id);
  return ok({
    ...contact,
    /** When the retention rule will anonymise the record, unless the officers meet the person again. */
    retentionDueOn: contact.anonymisedAt === null ? retentionDeadline(contact.lastContactAt) : null,
    networks: memberships.map((m) => ({ id: m.network.id, name: m.network.name, role: m.role, joinedOn: m.joinedOn })),
    permissions: { manage: can(actor, "contact.manage") && contact.anonymisedAt === null },
  });
}

/** Who changed what on the contact, newest first; personal values are scrubbed once anonymised. */
export async function contactHistory(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "contact.read")) return forbidden();
  if (!(await contactsRepository(ctx.db).find(id))) return notFound("Contact");
  const entries = await recordChangesRepository(ctx.db).forRecord("contact", id);
  return ok(entries.reverse());
}

/**
 * Everything held on one person (right of access, art. 15 GDPR): their record, their partner,
 * their memberships and the meetings of those networks, their record's history. Nothing about
 * other people: other members are not listed.
 */
export async function exportPerson(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "contact.manage")) return forbidden();
  const repo = contactsRepository(ctx.db);
  const contact = await repo.find(id);
  if (!contact) return notFound("Contact");
  const organisation = contact.organisationId
    ? await organisationsRepository(ctx.db).find(contact.organisationId)
    : null;
  const memberships = await repo.memberships(id);
  const history = await recordChangesRepository(ctx.db).forRecord("contact", id);
  return ok({
    exportedAt: ctx.now().toISOString(),
    contact,
    organisation,
    memberships,
    history: history.map(({ action, changes, createdAt, actorName }) => ({ action, changes, createdAt, actorName })),
  });
}
