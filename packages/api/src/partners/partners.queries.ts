import { contactsRepository, organisationsRepository, recordChangesRepository } from "@cvv/db";
import type { ListOrganisationsInput } from "@cvv/domain/partners";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

/** The partners, filtered by kind, theme and name. */
export async function listPartners(ctx: Context, actor: SessionUser, input: ListOrganisationsInput) {
  if (!can(actor, "partner.read")) return forbidden();
  return ok(await organisationsRepository(ctx.db).list(input));
}

/** One partner with its contacts (for those who may read contacts) and what the person may do. */
export async function getPartner(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "partner.read")) return forbidden();
  const organisation = await organisationsRepository(ctx.db).find(id);
  if (!organisation) return notFound("Partenaire");
  const contacts = can(actor, "contact.read") ? await contactsRepository(ctx.db).list({ organisationId: id }) : [];
  return ok({
    ...organisation,
    contacts,
    permissions: { manage: can(actor, "partner.manage"), manageContacts: can(actor, "contact.manage") },
  });
}

/** Who changed what on the partner's record, newest first. */
export async function partnerHistory(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "partner.read")) return forbidden();
  if (!(await organisationsRepository(ctx.db).find(id))) return notFound("Partenaire");
  const entries = await recordChangesRepository(ctx.db).forRecord("organisation", id);
  return ok(entries.reverse());
}
