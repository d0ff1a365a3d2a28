import type { EventStatus, RegistrationStatus } from "@cvv/domain/events";
import { Prisma } from "../generated/prisma/client.js";
import { isUniqueViolation, type Tx } from "./shared.js";

/** What registration, cancellation, reminders and the survey need of an event. */
export interface RegistrationEvent {
  id: string;
  slug: string;
  title: string;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  place: string;
  address: string;
  communeName: string | null;
}

export interface RegistrationRow {
  id: string;
  name: string;
  email: string;
  organisation: string;
  status: RegistrationStatus;
  attended: boolean | null;
  createdAt: string;
  cancelledAt: string | null;
  reminderSentAt: string | null;
  surveySentAt: string | null;
}

const eventSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  place: true,
  address: true,
  commune: { select: { name: true } },
} satisfies Prisma.EventSelect;

const toEvent = (row: Prisma.EventGetPayload<{ select: typeof eventSelect }>): RegistrationEvent => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  status: row.status,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  capacity: row.capacity,
  place: row.place,
  address: row.address,
  communeName: row.commune?.name ?? null,
});

const registrationSelect = {
  id: true,
  name: true,
  email: true,
  organisation: true,
  status: true,
  attended: true,
  createdAt: true,
  cancelledAt: true,
  reminderSentAt: true,
  surveySentAt: true,
} satisfies Prisma.EventRegistrationSelect;

const toRow = (r: Prisma.EventRegistrationGetPayload<{ select: typeof registrationSelect }>): RegistrationRow => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  cancelledAt: r.cancelledAt?.toISOString() ?? null,
  reminderSentAt: r.reminderSentAt?.toISOString() ?? null,
  surveySentAt: r.surveySentAt?.toISOString() ?? null,
});

/** A registrant to write to: the mails of confirmation, promotion, reminder, cancellation and survey. */
export interface Registrant {
  id: string;
  name: string;
  email: string;
  status: RegistrationStatus;
}

const registrantSelect = { id: true, name: true, email: true, status: true } satisfies Prisma.EventRegistrationSelect;

/** Visitors' registrations to events: personal data, read by officers and by the token's holder only. */
export function eventRegistrationsRepository(db: Tx) {
  return {
    async findEventBySlug(slug: string): Promise<RegistrationEvent | null> {
      const row = await db.event.findUnique({ select: eventSelect, where: { slug } });
      return row ? toEvent(row) : null;
    },

    async findEvent(id: string): Promise<RegistrationEvent | null> {
      const row = await db.event.findUnique({ select: eventSelect, where: { id } });
      return row ? toEvent(row) : null;
    },

    /**
     * Locks the event's row until the transaction ends: registrations to one event then take
     * turns, so two visitors cannot both get its last place.
     */
    async lockEvent(id: string): Promise<void> {
      await db.$queryRaw(Prisma.sql`SELECT id FROM "Event" WHERE id = ${id}::uuid FOR UPDATE`);
    },

    async countConfirmed(eventId: string): Promise<number> {
      return db.eventRegistration.count({ where: { eventId, status: "confirmed" } });
    },

    async findByEmail(eventId: string, email: string): Promise<Registrant | null> {
      return db.eventRegistration.findUnique({
        select: registrantSelect,
        where: { eventId_email: { eventId, email } },
      });
    },

    /** Null when the address registered meanwhile (the unique index decides). */
    async create(input: {
      eventId: string;
      name: string;
      email: string;
      organisation: string;
      status: "confirmed" | "waiting";
      tokenHash: string;
      consentAt: Date;
    }): Promise<Registrant | null> {
      const { tokenHash, ...data } = input;
      try {
        return await db.eventRegistration.create({
          select: registrantSelect,
          data: { ...data, tokens: { create: { tokenHash } } },
        });
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
    },

    /**
     * A person who cancelled registers again: the same row, so the address stays unique per event.
     * The links of the cancelled registration stop working; the new e-mail's replaces them.
     */
    async reopen(
      id: string,
      input: {
        name: string;
        organisation: string;
        status: "confirmed" | "waiting";
        tokenHash: string;
        consentAt: Date;
      },
    ): Promise<Registrant> {
      const { tokenHash, ...data } = input;
      return db.eventRegistration.update({
        select: registrantSelect,
        where: { id },
        data: {
          ...data,
          tokens: { deleteMany: {}, create: { tokenHash } },
          cancelledAt: null,
          attended: null,
          reminderSentAt: null,
          surveySentAt: null,
          // The creation date orders the waiting list: a returning person joins at its end.
          createdAt: input.consentAt,
          version: { increment: 1 },
        },
      });
    },

    async findByTokenHash(
      hash: string,
    ): Promise<(Registrant & { eventId: string; attended: boolean | null; surveyAnswered: boolean }) | null> {
      const token = await db.eventRegistrationToken.findUnique({
        select: {
          registration: {
            select: { ...registrantSelect, eventId: true, attended: true, survey: { select: { id: true } } },
          },
        },
        where: { tokenHash: hash },
      });
      if (!token) return null;
      const { survey, ...rest } = token.registration;
      return { ...rest, surveyAnswered: survey !== null };
    },

    /** False when it was already cancelled (a second click, another tab). */
    async cancel(id: string, now: Date): Promise<boolean> {
      const { count } = await db.eventRegistration.updateMany({
        where: { id, status: { not: "cancelled" } },
        data: { status: "cancelled", cancelledAt: now, version: { increment: 1 } },
      });
      return count === 1;
    },

    /** The longest waiting registrant: the waiting list is first come, first served. */
    async firstWaiting(eventId: string): Promise<Registrant | null> {
      return db.eventRegistration.findFirst({
        select: registrantSelect,
        where: { eventId, status: "waiting" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
    },

    /** Confirms a waiting registrant; the new token goes in the e-mail announcing it. */
    async promote(id: string, tokenHash: string): Promise<void> {
      await db.eventRegistration.update({
        select: { id: true },
        where: { id },
        data: { status: "confirmed", version: { increment: 1 }, tokens: { create: { tokenHash } } },
      });
    },

    async listForEvent(eventId: string): Promise<RegistrationRow[]> {
      const rows = await db.eventRegistration.findMany({
        select: registrationSelect,
        where: { eventId },
        orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toRow);
    },

    /** Everyone still expecting the event: told when it is cancelled. */
    async activeRegistrants(eventId: string): Promise<Registrant[]> {
      return db.eventRegistration.findMany({
        select: registrantSelect,
        where: { eventId, status: { in: ["confirmed", "waiting"] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
    },

    /**
     * Attendance on the day: the confirmed registrants listed are present, every other confirmed
     * one absent, in two statements. Returns how many were marked present.
     */
    async setAttendance(eventId: string, presentIds: readonly string[]): Promise<number> {
      const present = await db.eventRegistration.updateMany({
        where: { eventId, status: "confirmed", id: { in: [...presentIds] } },
        data: { attended: true },
      });
      await db.eventRegistration.updateMany({
        where: { eventId, status: "confirmed", id: { notIn: [...presentIds] } },
        data: { attended: false },
      });
      return present.count;
    },

    async surveyResults(
      eventId: string,
    ): Promise<{ responses: number; averageRating: number | null; comments: string[] }> {
      const rows = await db.eventSurveyResponse.findMany({
        select: { rating: true, comment: true },
        where: { registration: { eventId } },
        orderBy: { createdAt: "asc" },
      });
      const total = rows.reduce((sum, r) => sum + r.rating, 0);
      return {
        responses: rows.length,
        averageRating: rows.length === 0 ? null : Math.round((total / rows.length) * 10) / 10,
        comments: rows.map((r) => r.comment).filter((c) => c !== ""),
      };
    },

    /** Confirmed registrants of published events starting in (now, until], not reminded yet. */
    async reminderCandidates(now: Date, until: Date): Promise<(Registrant & { event: RegistrationEvent })[]> {
      const rows = await db.eventRegistration.findMany({
        select: { ...registrantSelect, event: { select: eventSelect } },
        where: {
          status: "confirmed",
          reminderSentAt: null,
          event: { status: "published", startsAt: { gt: now, lte: until } },
        },
        orderBy: { createdAt: "asc" },
        take: 1000,
      });
      return rows.map((r) => ({ ...r, event: toEvent(r.event) }));
    },

    /**
     * Claims the reminder before it is sent, so a second server or a restart never sends it
     * twice; the e-mail carries a new token, added in the same statement as the claim.
     */
    async claimReminder(id: string, tokenHash: string, now: Date): Promise<boolean> {
      const count = await db.$executeRaw(Prisma.sql`
        WITH claimed AS (
          UPDATE "EventRegistration" SET "reminderSentAt" = ${now}, "updatedAt" = ${now}
          WHERE id = ${id}::uuid AND status = 'confirmed' AND "reminderSentAt" IS NULL
          RETURNING id
        )
        INSERT INTO "EventRegistrationToken" ("tokenHash", "registrationId", "createdAt")
        SELECT ${tokenHash}, id, ${now} FROM claimed
      `);
      return count === 1;
    },

    /** Registrants marked present at published events that ended in [since, now), not surveyed yet. */
    async surveyCandidates(since: Date, now: Date): Promise<(Registrant & { event: RegistrationEvent })[]> {
      const rows = await db.eventRegistration.findMany({
        select: { ...registrantSelect, event: { select: eventSelect } },
        where: {
          attended: true,
          surveySentAt: null,
          event: { status: "published", endsAt: { gte: since, lt: now } },
        },
        orderBy: { createdAt: "asc" },
        take: 1000,
      });
      return rows.map((r) => ({ ...r, event: toEvent(r.event) }));
    },

    async claimSurvey(id: string, tokenHash: string, now: Date): Promise<boolean> {
      const count = await db.$executeRaw(Prisma.sql`
        WITH claimed AS (
          UPDATE "EventRegistration" SET "surveySentAt" = ${now}, "updatedAt" = ${now}
          WHERE id = ${id}::uuid AND attended IS TRUE AND "surveySentAt" IS NULL
          RETURNING id
        )
        INSERT INTO "EventRegistrationToken" ("tokenHash", "registrationId", "createdAt")
        SELECT ${tokenHash}, id, ${now} FROM claimed
      `);
      return count === 1;
    },

    /**
     * Anonymises the registrations of events that ended before `cutoff`: name, address and
     * organisation go, the counts (status, attendance, survey) stay for the programme's figures.
     * The address becomes a per-row placeholder, as it must stay unique per event. The links sent
     * go too: nothing can be cancelled or answered for that long.
     */
    async anonymiseEndedBefore(cutoff: Date, now: Date): Promise<number> {
      await db.$executeRaw(Prisma.sql`
        DELETE FROM "EventRegistrationToken" AS t
        USING "EventRegistration" AS r, "Event" AS e
        WHERE r.id = t."registrationId" AND e.id = r."eventId" AND e."endsAt" < ${cutoff}
      `);
      return db.$executeRaw(Prisma.sql`
        UPDATE "EventRegistration" AS r
        SET name = 'Personne anonymisée', email = 'anonyme-' || r.id::text, organisation = '',
            "anonymisedAt" = ${now}, "updatedAt" = ${now}
        FROM "Event" AS e
        WHERE e.id = r."eventId" AND e."endsAt" < ${cutoff} AND r."anonymisedAt" IS NULL
      `);
    },

    /** False when this registration already answered (one response each). */
    async saveSurvey(registrationId: string, rating: number, comment: string): Promise<boolean> {
      try {
        await db.eventSurveyResponse.create({ select: { id: true }, data: { registrationId, rating, comment } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
  };
}

/** One event held in a year, with what counting its participants needs. */
export interface HeldEvent {
  id: string;
  communeInseeCode: string | null;
  programmeId: string | null;
  registrations: { status: RegistrationStatus; attended: boolean | null }[];
}

/** The programme's indicators fed by the events: computed values, written as approved. */
export function eventIndicatorsRepository(db: Tx) {
  return {
    /** Published events that started in [from, to) and ended before `now`. */
    async heldEvents(from: Date, to: Date, now: Date): Promise<HeldEvent[]> {
      return db.event.findMany({
        select: {
          id: true,
          communeInseeCode: true,
          programmeId: true,
          registrations: { select: { status: true, attended: true } },
        },
        where: { status: "published", startsAt: { gte: from, lt: to }, endsAt: { lt: now } },
      });
    },

    /** The indicator of that code, created with its definition the first time. */
    async ensureIndicator(definition: {
      code: string;
      name: string;
      definition: string;
      unit: string;
      method: string;
    }) {
      return db.indicatorDefinition.upsert({
        select: { id: true },
        where: { code: definition.code },
        update: {},
        create: {
          ...definition,
          kind: "execution",
          direction: "higher_is_better",
          frequency: "yearly",
          aggregation: "sum",
          source: "Inscriptions aux événements (calcul automatique)",
          publicByDefault: true,
        },
      });
    },

    /** Assigns the indicator to the programme at programme level, once. */
    async ensureAssignment(indicatorId: string, programmeId: string): Promise<void> {
      const existing = await db.indicatorAssignment.findFirst({
        select: { id: true },
        where: { indicatorId, programmeId, projectId: null },
      });
      if (!existing) await db.indicatorAssignment.create({ select: { id: true }, data: { indicatorId, programmeId } });
    },

    /** The communes holding a value of the indicator for the period: those a recount may set back to 0. */
    async communesWithValue(indicatorId: string, period: string): Promise<string[]> {
      const rows = await db.indicatorValue.findMany({
        select: { communeInseeCode: true },
        where: { indicatorId, period },
      });
      return rows.map((r) => r.communeInseeCode);
    },

    /**
     * Writes a computed figure as approved and published at once (nobody reviews a count of
     * the platform's own records); a change is logged like any other, an equal figure left alone.
     */
    async writeComputed(input: {
      indicatorId: string;
      communeInseeCode: string;
      period: string;
      value: number;
      now: Date;
      actorId: string | null;
    }) {
      const key = { indicatorId: input.indicatorId, communeInseeCode: input.communeInseeCode, period: input.period };
      const existing = await db.indicatorValue.findUnique({
        select: { id: true, value: true, status: true, publishedValue: true, publishedAt: true },
        where: { indicatorId_communeInseeCode_period: key },
      });
      if (
        existing &&
        existing.value === input.value &&
        existing.publishedValue === input.value &&
        existing.status === "approved"
      )
        return;
      const written = await db.indicatorValue.upsert({
        select: { id: true },
        where: { indicatorId_communeInseeCode_period: key },
        create: {
          ...key,
          value: input.value,
          publishedValue: input.value,
          status: "approved",
          source: "Calcul automatique : événements du programme",
          reviewedAt: input.now,
          publishedAt: input.now,
        },
        update: {
          value: input.value,
          publishedValue: input.value,
          status: "approved",
          reviewedAt: input.now,
          ...(existing?.publishedAt ? { correctedAt: input.now } : { publishedAt: input.now }),
          version: { increment: 1 },
        },
      });
      await db.indicatorValueChange.create({
        select: { id: true },
        data: {
          valueId: written.id,
          actorId: input.actorId,
          action: "computed",
          changes: {
            value: [existing?.value ?? null, input.value],
            ...(existing?.status !== "approved" ? { status: [existing?.status ?? null, "approved"] } : {}),
          },
          createdAt: input.now,
        },
      });
    },
  };
}
