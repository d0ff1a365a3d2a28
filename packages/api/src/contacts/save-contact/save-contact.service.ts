import { contactsRepository, organisationsRepository, recordChangesRepository, type Tx } from "@cvv/db";
import {
  checkConsent,
  checkLastContact,
  checkNotAnonymised,
  contactChanges,
  parisCalendarDate,
  type Contact,
  type CreateContactInput,
  type UpdateContactInput,
} from "@cvv/domain/contacts";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

async function checkOrganisation(db: Tx, organisationId: string | null | undefined): Promise<Result<true>> {
  if (!organisationId) return ok(true);
  if (await organisationsRepository(db).find(organisationId)) return ok(true);
  return fail("INVALID", "Ce partenaire n'existe pas : choisissez-en un dans la liste.", "organisationId");
}

/**
 * Records a person. The form shows the information notice: saving it is giving it, so its date is
 * now; consent, when it is the legal basis, is dated too.
 */
export async function createContact(
  ctx: Context,
  actor: SessionUser,
  input: CreateContactInput,
): Promise<Result<Contact>> {
  if (!can(actor, "contact.manage")) return forbidden();
  const now = ctx.now();
  const today = parisCalendarDate(now);
  const lastContactAt = input.lastContactAt ?? today;
  for (const check of [
    checkConsent({ legalBasis: input.legalBasis, consentAt: null, consent: input.consent }),
    checkLastContact(lastContactAt, today),
  ]) {
    if (!check.ok) return check;
  }
  return inTransaction(ctx.db, async (tx) => {
    const organisation = await checkOrganisation(tx, input.organisationId);
    if (!organisation.ok) return organisation;
    const created = await contactsRepository(tx).create({
      organisationId: input.organisationId ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      jobTitle: input.jobTitle ?? "",
      email: input.email ?? null,
      phone: input.phone ?? "",
      legalBasis: input.legalBasis,
      noticeGivenAt: now,
      consentAt: input.legalBasis === "consent" && input.consent === true ? now : null,
      lastContactAt,
      notes: input.notes ?? "",
    });
    await recordChangesRepository(tx).log({
      entity: "contact",
      entityId: created.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: contactChanges(null, created),
    });
    return ok(created);
  });
}

/** What the person changed; "today" as the last contact is Paris's today at the server. */
export async function updateContact(
  ctx: Context,
  actor: SessionUser,
  input: UpdateContactInput,
): Promise<Result<Contact>> {
  if (!can(actor, "contact.manage")) return forbidden();
  const now = ctx.now();
  const today = parisCalendarDate(now);
  return inTransaction(ctx.db, async (tx) => {
    const repo = contactsRepository(tx);
    const before = await repo.find(input.id);
    if (!before) return notFound("Contact");
    const { consent, lastContactAt: lastContactInput, ...fields } = input;
    const lastContactAt = lastContactInput === "today" ? today : lastContactInput;
    const legalBasis = fields.legalBasis ?? before.legalBasis;
    // Consent given now is dated now; withdrawn, it is cleared (and consent can then no longer be the basis).
    const consentAt =
      consent === true ? (before.consentAt ?? now.toISOString()) : consent === false ? null : before.consentAt;
    for (const check of [
      checkNotAnonymised(before),
      checkConsent({ legalBasis, consentAt, consent: undefined }),
      lastContactAt === undefined ? ok(true as const) : checkLastContact(lastContactAt, today),
      await checkOrganisation(tx, fields.organisationId),
    ]) {
      if (!check.ok) return check;
    }
    const written = fromWrite(
      await repo.update({
        ...fields,
        lastContactAt,
        consentAt: consentAt === before.consentAt ? undefined : consentAt === null ? null : new Date(consentAt),
      }),
      "Contact",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "contact",
      entityId: written.value.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: contactChanges(before, written.value),
    });
    return written;
  });
}
