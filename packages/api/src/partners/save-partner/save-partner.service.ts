import { organisationsRepository, recordChangesRepository } from "@cvv/db";
import {
  checkIdentifiers,
  organisationChanges,
  type CreateOrganisationInput,
  type Organisation,
  type UpdateOrganisationInput,
} from "@cvv/domain/partners";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/** Adds a partner, and its first line of history, together. */
export async function createPartner(
  ctx: Context,
  actor: SessionUser,
  input: CreateOrganisationInput,
): Promise<Result<Organisation>> {
  if (!can(actor, "partner.manage")) return forbidden();
  const identifiers = checkIdentifiers({ siren: input.siren ?? null, siret: input.siret ?? null });
  if (!identifiers.ok) return identifiers;
  return inTransaction(ctx.db, async (tx) => {
    const created = await organisationsRepository(tx).create(input);
    await recordChangesRepository(tx).log({
      entity: "organisation",
      entityId: created.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: organisationChanges(null, created),
    });
    return ok(created);
  });
}

/** Writes what the person changed, checked against the version they loaded, with its history. */
export async function updatePartner(
  ctx: Context,
  actor: SessionUser,
  input: UpdateOrganisationInput,
): Promise<Result<Organisation>> {
  if (!can(actor, "partner.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = organisationsRepository(tx);
    const before = await repo.find(input.id);
    if (!before) return notFound("Partenaire");
    // The numbers as they will stand: one changed alone must still agree with the other.
    const identifiers = checkIdentifiers({
      siren: input.siren === undefined ? before.siren : input.siren,
      siret: input.siret === undefined ? before.siret : input.siret,
    });
    if (!identifiers.ok) return identifiers;
    const written = fromWrite(await repo.update(input), "Partenaire");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "organisation",
      entityId: written.value.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: organisationChanges(before, written.value),
    });
    return written;
  });
}
