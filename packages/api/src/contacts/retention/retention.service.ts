import { contactsRepository, recordChangesRepository, type PrismaClient, type Tx } from "@cvv/db";
import {
  contactDisplayName,
  personalFields,
  redactedValue,
  retentionCutoff,
  retentionDeadline,
  retentionDue,
  type Contact,
} from "@cvv/domain/contacts";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export interface RetentionCandidate {
  id: string;
  name: string;
  organisationName: string | null;
  lastContactAt: string;
  /** The day the three years were complete. */
  dueSince: string;
}

/** The contacts due at `now`: the query's cutoff, then the domain's rule, so both must agree. */
async function dueContacts(db: Tx, now: Date): Promise<Contact[]> {
  const candidates = await contactsRepository(db).dueForRetention(retentionCutoff(now));
  return candidates.filter((c) => retentionDue(c.lastContactAt, now));
}

/**
 * Replaces one person's data and scrubs it from their record's history too, in the caller's
 * transaction. False when there was nothing to do (already anonymised, or changed meanwhile).
 */
export async function anonymiseContact(
  tx: Tx,
  input: { id: string; at: Date; version?: number; actorId: string | null; action: string; reason?: string },
): Promise<boolean> {
  const written = await contactsRepository(tx).anonymise(input.id, input.at, input.version);
  if (!written) return false;
  const history = recordChangesRepository(tx);
  await history.redact("contact", input.id, personalFields, redactedValue);
  await history.log({
    entity: "contact",
    entityId: input.id,
    projectId: null,
    actorId: input.actorId,
    action: input.action,
    changes: {
      anonymisedAt: [null, input.at.toISOString()],
      ...(input.reason ? { reason: [null, input.reason] } : {}),
    },
  });
  return true;
}

/** What the retention rule would do now: the contacts whose last contact is three years old or more. */
export async function retentionPreview(ctx: Context, actor: SessionUser) {
  if (!can(actor, "contact.manage")) return forbidden();
  const now = ctx.now();
  const due = await dueContacts(ctx.db, now);
  const contacts: RetentionCandidate[] = due.map((c) => ({
    id: c.id,
    name: contactDisplayName(c),
    organisationName: c.organisationName,
    lastContactAt: c.lastContactAt,
    dueSince: retentionDeadline(c.lastContactAt),
  }));
  return ok({ checkedAt: now.toISOString(), count: contacts.length, contacts });
}

/**
 * Anonymises every contact due at `now`, each with its line of history, in one transaction. Used
 * by the officer's button and by the server's daily job (no actor then).
 */
export async function applyContactRetention(
  ctx: { db: PrismaClient; now: () => Date },
  actorId: string | null = null,
): Promise<{ anonymised: number; ids: string[] }> {
  const now = ctx.now();
  const result = await inTransaction(ctx.db, async (tx) => {
    const ids: string[] = [];
    for (const contact of await dueContacts(tx, now)) {
      if (await anonymiseContact(tx, { id: contact.id, at: now, actorId, action: "anonymised" })) ids.push(contact.id);
    }
    return ok({ anonymised: ids.length, ids });
  });
  // The work above never refuses: a failure is thrown, not returned.
  return result.ok ? result.value : { anonymised: 0, ids: [] };
}

/** The officer's "Anonymiser maintenant". */
export async function applyRetention(
  ctx: Context,
  actor: SessionUser,
): Promise<Result<{ anonymised: number; ids: string[] }>> {
  if (!can(actor, "contact.manage")) return forbidden();
  return ok(await applyContactRetention(ctx, actor.id));
}
