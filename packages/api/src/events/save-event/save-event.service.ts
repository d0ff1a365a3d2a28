import {
  adminEventsRepository,
  eventRegistrationsRepository,
  eventsRepository,
  hashToken,
  newToken,
  recordChangesRepository,
  type AdminEvent,
  type Registrant,
  type RegistrationEvent,
  type Tx,
} from "@cvv/db";
import { checkEvent, type CreateEventInput, type Event, type UpdateEventInput } from "@cvv/domain/events";
import { can } from "@cvv/domain/permissions";
import { diffFields, fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { promotionMail } from "../../event-registrations/registration-mails.js";
import { trySend } from "../../event-registrations/register.service.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { slugClaimed, uniqueSlug } from "../../shared/unique-slug.js";

export const eventHistoryFields = [
  "slug",
  "kind",
  "title",
  "summary",
  "description",
  "startsAt",
  "endsAt",
  "place",
  "address",
  "communeInseeCode",
  "programmeId",
  "capacity",
  "status",
] as const satisfies readonly (keyof Event)[];

export const eventChanges = (before: Partial<Event> | null, after: Partial<Event>) =>
  diffFields<Event>(before, after, eventHistoryFields);

async function checkReferences(
  tx: Tx,
  input: { communeInseeCode?: string | null | undefined; projectIds?: string[] | undefined },
): Promise<Result<void>> {
  const repo = adminEventsRepository(tx);
  if (input.communeInseeCode && !(await repo.communeExists(input.communeInseeCode))) {
    return fail("INVALID", "Commune : code INSEE inconnu de la Métropole.", "communeInseeCode");
  }
  if (input.projectIds && !(await repo.projectsExist(input.projectIds))) {
    return fail("INVALID", "Projets liés : un des projets n'existe pas.", "projectIds");
  }
  return ok(undefined);
}

/** A new event, a draft unless told, with the first line of its history. */
export async function createEvent(
  ctx: Context,
  actor: SessionUser,
  input: CreateEventInput,
): Promise<Result<AdminEvent>> {
  if (!can(actor, "event.manage")) return forbidden();
  if (input.status && input.status !== "draft") {
    return fail("INVALID", "Un nouvel événement est un brouillon : publiez-le ensuite.", "status");
  }
  const slug = input.slug ?? (await uniqueSlug(input.title, (s) => eventsRepository(ctx.db).slugTaken(s)));
  const claimed = await slugClaimed(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const refs = await checkReferences(tx, input);
        if (!refs.ok) return refs;
        const created = await eventsRepository(tx).create({ ...input, slug, status: "draft" });
        await recordChangesRepository(tx).log({
          entity: "event",
          entityId: created.id,
          projectId: null,
          actorId: actor.id,
          action: "created",
          changes: eventChanges(null, created),
        });
        const event = await adminEventsRepository(tx).find(created.id);
        return event ? ok(event) : notFound("Événement");
      }),
    slug,
    "Événement",
  );
  return claimed.ok ? claimed.value : claimed;
}

/**
 * Writes what the officer changed, against the version they loaded, with its history. The
 * status changes through publish and cancel only, which apply their rules and notify. Places
 * added to a published event go to the waiting list at once, first come first served.
 */
export async function updateEvent(
  ctx: Context,
  actor: SessionUser,
  input: UpdateEventInput,
): Promise<Result<AdminEvent>> {
  if (!can(actor, "event.manage")) return forbidden();
  const promotions: { registrant: Registrant; token: string }[] = [];
  let mailEvent: RegistrationEvent | null = null;
  const slug = input.slug ?? "";
  const claimed = await slugClaimed(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const repo = adminEventsRepository(tx);
        const before = await repo.find(input.id);
        if (!before) return notFound("Événement");
        if (input.status !== undefined && input.status !== before.status) {
          return fail("INVALID", "Statut : utilisez « Publier » ou « Annuler l'événement » pour le changer.", "status");
        }
        const checked = checkEvent({
          startsAt: input.startsAt ?? before.startsAt,
          endsAt: input.endsAt ?? before.endsAt,
          capacity: input.capacity === undefined ? before.capacity : input.capacity,
        });
        if (!checked.ok) return checked;
        const refs = await checkReferences(tx, input);
        if (!refs.ok) return refs;
        const written = fromWrite(await repo.update(input), "Événement");
        if (!written.ok) return written;
        await recordChangesRepository(tx).log({
          entity: "event",
          entityId: input.id,
          projectId: null,
          actorId: actor.id,
          action: "updated",
          changes: eventChanges(before, written.value),
        });
        if (written.value.status === "published") {
          const registrations = eventRegistrationsRepository(tx);
          await registrations.lockEvent(input.id);
          const capacity = written.value.capacity;
          let confirmed = await registrations.countConfirmed(input.id);
          while (capacity === null || confirmed < capacity) {
            const next = await registrations.firstWaiting(input.id);
            if (!next) break;
            const token = newToken();
            await registrations.promote(next.id, hashToken(token));
            promotions.push({ registrant: next, token });
            confirmed += 1;
          }
          if (promotions.length > 0) mailEvent = await registrations.findEvent(input.id);
        }
        return written;
      }),
    slug,
    "Événement",
  );
  const outcome = claimed.ok ? claimed.value : claimed;
  const event = mailEvent as RegistrationEvent | null;
  if (outcome.ok && event) {
    for (const { registrant, token } of promotions) {
      await trySend(ctx, promotionMail(ctx.config.publicUrl, event, registrant, token));
    }
  }
  return outcome;
}

type EventLinks = "partners" | "projects";
type EventsAdmin = ReturnType<typeof adminEventsRepository>;

/** What differs between an event's partners and its projects: the rest of the replacement is one. */
const eventLinks: Record<
  EventLinks,
  {
    exist(repo: EventsAdmin, ids: string[]): Promise<boolean>;
    missing: string;
    write: (repo: EventsAdmin, id: string, version: number, ids: string[]) => ReturnType<EventsAdmin["setPartners"]>;
    names(event: AdminEvent): string[];
  }
> = {
  partners: {
    exist: (repo, ids) => repo.organisationsExist(ids),
    missing: "Partenaires : une des organisations n'existe pas.",
    write: (repo, id, version, ids) => repo.setPartners(id, version, ids),
    names: (event) => event.partners.map((p) => p.name),
  },
  projects: {
    exist: (repo, ids) => repo.projectsExist(ids),
    missing: "Projets liés : un des projets n'existe pas.",
    write: (repo, id, version, ids) => repo.setProjects(id, version, ids),
    names: (event) => event.projects.map((p) => p.title),
  },
};

async function setEventLinks(
  kind: EventLinks,
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number; ids: string[] },
): Promise<Result<AdminEvent>> {
  if (!can(actor, "event.manage")) return forbidden();
  const links = eventLinks[kind];
  return inTransaction(ctx.db, async (tx) => {
    const repo = adminEventsRepository(tx);
    if (!(await links.exist(repo, input.ids))) return fail("INVALID", links.missing, "ids");
    const before = await repo.find(input.id);
    const written = fromWrite(await links.write(repo, input.id, input.version, input.ids), "Événement");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "event",
      entityId: input.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: diffFields({ [kind]: before ? links.names(before) : [] }, { [kind]: links.names(written.value) }, [
        kind,
      ]),
    });
    return written;
  });
}

/** Replaces the partner organisations of an event. */
export const setEventPartners = (
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number; ids: string[] },
) => setEventLinks("partners", ctx, actor, input);

/** Replaces the projects an event is linked to. */
export const setEventProjects = (
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number; ids: string[] },
) => setEventLinks("projects", ctx, actor, input);
