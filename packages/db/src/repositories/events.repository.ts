import type { CreateEventInput, Event, EventKind } from "@cvv/domain/events";
import type { Prisma } from "../generated/prisma/client.js";
import { publicProjectLinkSelect, publicProjectLinks } from "./projects.repository.js";
import type { Tx } from "./shared.js";
import { definedOnly, versionedWrite, type WriteOutcome } from "./shared.js";
import type { UpdateEventInput } from "@cvv/domain/events";

const eventSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  summary: true,
  description: true,
  startsAt: true,
  endsAt: true,
  place: true,
  address: true,
  communeInseeCode: true,
  programmeId: true,
  capacity: true,
  status: true,
  version: true,
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

function toEvent(row: EventRow): Event {
  return { ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() };
}

export function eventsRepository(db: Tx) {
  return {
    /** Used by the seeds and the factories now, by the officers' screens later; the input is checked before. */
    async create(input: CreateEventInput & { slug: string; isDemo?: boolean }): Promise<Event> {
      const row = await db.event.create({
        select: eventSelect,
        data: {
          slug: input.slug,
          kind: input.kind,
          title: input.title,
          summary: input.summary ?? "",
          description: input.description ?? "",
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          place: input.place ?? "",
          address: input.address ?? "",
          communeInseeCode: input.communeInseeCode ?? null,
          programmeId: input.programmeId ?? null,
          capacity: input.capacity ?? null,
          isDemo: input.isDemo ?? false,
          ...(input.status ? { status: input.status } : {}),
          projects: { create: (input.projectIds ?? []).map((projectId) => ({ projectId })) },
        },
      });
      return toEvent(row);
    },

    async slugTaken(slug: string): Promise<boolean> {
      return (await db.event.count({ where: { slug } })) > 0;
    },
  };
}

const publicEventSummarySelect = {
  slug: true,
  kind: true,
  title: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  place: true,
  address: true,
  communeInseeCode: true,
  commune: { select: { name: true } },
  status: true,
} satisfies Prisma.EventSelect;

const publicEventSelect = {
  ...publicEventSummarySelect,
  description: true,
  capacity: true,
  updatedAt: true,
  projects: { select: { project: { select: publicProjectLinkSelect } } },
} satisfies Prisma.EventSelect;

// The portal shows published events and, marked as such, cancelled ones; never a draft.
const publicStatuses = { status: { in: ["published" as const, "cancelled" as const] } };

export type PublicEventStatus = "published" | "cancelled";

export interface PublicEventSummary {
  slug: string;
  kind: EventKind;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  place: string;
  address: string;
  communeInseeCode: string | null;
  communeName: string | null;
  status: PublicEventStatus;
}

export interface PublicEvent extends PublicEventSummary {
  description: string;
  capacity: number | null;
  updatedAt: string;
  projects: { slug: string; title: string; communeName: string }[];
}

export interface PublicEventFilter {
  /** Events still running at or after this instant (their end is not before it). */
  from?: Date | undefined;
  /** Events starting before this instant. */
  to?: Date | undefined;
  limit?: number | undefined;
}

function toSummary(row: Prisma.EventGetPayload<{ select: typeof publicEventSummarySelect }>): PublicEventSummary {
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    address: row.address,
    communeInseeCode: row.communeInseeCode,
    communeName: row.commune?.name ?? null,
    // Drafts are filtered out in the where clause.
    status: row.status as PublicEventStatus,
  };
}

/**
 * The calendar as the public sees it. Periods are instants the caller computes (a Paris month,
 * "from now on"): the repository reads no clock.
 */
export function publicEventsRepository(db: Tx) {
  return {
    /** Soonest first. */
    async list(filter: PublicEventFilter = {}): Promise<PublicEventSummary[]> {
      const where: Prisma.EventWhereInput = {
        ...publicStatuses,
        ...(filter.from ? { endsAt: { gte: filter.from } } : {}),
        ...(filter.to ? { startsAt: { lt: filter.to } } : {}),
      };
      const rows = await db.event.findMany({
        select: publicEventSummarySelect,
        where,
        orderBy: [{ startsAt: "asc" }, { title: "asc" }],
        ...(filter.limit ? { take: filter.limit } : {}),
      });
      return rows.map(toSummary);
    },

    /** Events that ended before `before`, latest first. */
    async listPast(before: Date, limit?: number): Promise<PublicEventSummary[]> {
      const rows = await db.event.findMany({
        select: publicEventSummarySelect,
        where: { ...publicStatuses, endsAt: { lt: before } },
        orderBy: [{ startsAt: "desc" }, { title: "asc" }],
        ...(limit ? { take: limit } : {}),
      });
      return rows.map(toSummary);
    },

    async findBySlug(slug: string): Promise<PublicEvent | null> {
      const row = await db.event.findFirst({ select: publicEventSelect, where: { slug, ...publicStatuses } });
      if (!row) return null;
      return {
        ...toSummary(row),
        description: row.description,
        capacity: row.capacity,
        updatedAt: row.updatedAt.toISOString(),
        projects: publicProjectLinks(row.projects.map((p) => p.project)),
      };
    },
  };
}

// ——— Officers' management of events (admin app). ———

export interface AdminEventFilter {
  /** Events still running at or after this instant. */
  from?: Date | undefined;
  /** Events starting before this instant. */
  to?: Date | undefined;
  kind?: EventKind | undefined;
  status?: Event["status"] | undefined;
  communeInseeCode?: string | undefined;
}

export interface AdminEventSummary extends Event {
  communeName: string | null;
  confirmed: number;
  waiting: number;
}

export interface AdminEvent extends Event {
  communeName: string | null;
  partners: { id: string; name: string }[];
  projects: { id: string; title: string; communeName: string }[];
}

const adminEventSelect = {
  ...eventSelect,
  commune: { select: { name: true } },
  partners: {
    select: { organisation: { select: { id: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  },
  projects: {
    select: { project: { select: { id: true, title: true, commune: { select: { name: true } } } } },
    orderBy: { project: { title: "asc" } },
  },
} satisfies Prisma.EventSelect;

export function adminEventsRepository(db: Tx) {
  const read = async (id: string): Promise<AdminEvent | null> => {
    const row = await db.event.findUnique({ select: adminEventSelect, where: { id } });
    if (!row) return null;
    const { commune, partners, projects, ...event } = row;
    return {
      ...toEvent(event),
      communeName: commune?.name ?? null,
      partners: partners.map((p) => p.organisation),
      projects: projects.map((p) => ({
        id: p.project.id,
        title: p.project.title,
        communeName: p.project.commune.name,
      })),
    };
  };
  const bump = (id: string, version: number) =>
    db.event.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });

  return {
    find: read,

    /** Soonest first, with the registrations counted per status. */
    async list(filter: AdminEventFilter = {}): Promise<AdminEventSummary[]> {
      const rows = await db.event.findMany({
        select: { ...eventSelect, commune: { select: { name: true } } },
        where: {
          ...(filter.from ? { endsAt: { gte: filter.from } } : {}),
          ...(filter.to ? { startsAt: { lt: filter.to } } : {}),
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.communeInseeCode ? { communeInseeCode: filter.communeInseeCode } : {}),
        },
        orderBy: [{ startsAt: "asc" }, { title: "asc" }],
        take: 500,
      });
      const counts = await db.eventRegistration.groupBy({
        by: ["eventId", "status"],
        where: { eventId: { in: rows.map((r) => r.id) } },
        _count: { _all: true },
      });
      const count = (eventId: string, status: "confirmed" | "waiting") =>
        counts.find((c) => c.eventId === eventId && c.status === status)?._count._all ?? 0;
      return rows.map(({ commune, ...row }) => ({
        ...toEvent(row),
        communeName: commune?.name ?? null,
        confirmed: count(row.id, "confirmed"),
        waiting: count(row.id, "waiting"),
      }));
    },

    /** Writes the fields sent, checked against the version the officer loaded. */
    async update(input: UpdateEventInput): Promise<WriteOutcome<AdminEvent>> {
      const { id, version, projectIds, startsAt, endsAt, ...fields } = input;
      return versionedWrite(
        async () => {
          const written = await db.event.updateMany({
            where: { id, version },
            data: {
              ...definedOnly(fields),
              ...(startsAt !== undefined ? { startsAt: new Date(startsAt) } : {}),
              ...(endsAt !== undefined ? { endsAt: new Date(endsAt) } : {}),
              version: { increment: 1 },
            },
          });
          if (written.count === 1 && projectIds !== undefined) {
            await db.eventProject.deleteMany({ where: { eventId: id } });
            await db.eventProject.createMany({ data: projectIds.map((projectId) => ({ eventId: id, projectId })) });
          }
          return written;
        },
        () => read(id),
      );
    },

    async setStatus(id: string, version: number, status: Event["status"]): Promise<WriteOutcome<AdminEvent>> {
      return versionedWrite(
        () => db.event.updateMany({ where: { id, version }, data: { status, version: { increment: 1 } } }),
        () => read(id),
      );
    },

    /** Replaces the partner organisations; the version guards against two officers editing the list. */
    async setPartners(
      id: string,
      version: number,
      organisationIds: readonly string[],
    ): Promise<WriteOutcome<AdminEvent>> {
      return versionedWrite(
        async () => {
          const written = await bump(id, version);
          if (written.count === 1) {
            await db.eventPartner.deleteMany({ where: { eventId: id } });
            await db.eventPartner.createMany({
              data: organisationIds.map((organisationId) => ({ eventId: id, organisationId })),
            });
          }
          return written;
        },
        () => read(id),
      );
    },

    async setProjects(id: string, version: number, projectIds: readonly string[]): Promise<WriteOutcome<AdminEvent>> {
      return versionedWrite(
        async () => {
          const written = await bump(id, version);
          if (written.count === 1) {
            await db.eventProject.deleteMany({ where: { eventId: id } });
            await db.eventProject.createMany({ data: projectIds.map((projectId) => ({ eventId: id, projectId })) });
          }
          return written;
        },
        () => read(id),
      );
    },

    async organisationsExist(ids: readonly string[]): Promise<boolean> {
      return (await db.organisation.count({ where: { id: { in: [...ids] } } })) === new Set(ids).size;
    },

    async communeExists(inseeCode: string): Promise<boolean> {
      return (await db.commune.count({ where: { inseeCode } })) === 1;
    },

    async projectsExist(ids: readonly string[]): Promise<boolean> {
      return (await db.project.count({ where: { id: { in: [...ids] } } })) === new Set(ids).size;
    },
  };
}
