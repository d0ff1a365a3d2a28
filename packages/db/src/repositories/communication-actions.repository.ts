import type {
  CommunicationAction,
  CommunicationChannel,
  CommunicationStatus,
  CreateCommunicationActionInput,
  UpdateCommunicationActionInput,
} from "@cvv/domain/communication";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const actionSelect = {
  id: true,
  title: true,
  channel: true,
  audience: true,
  message: true,
  plannedOn: true,
  ownerId: true,
  status: true,
  eventId: true,
  publicationId: true,
  version: true,
  owner: { select: { displayName: true } },
  event: { select: { title: true } },
  publication: { select: { title: true } },
} satisfies Prisma.CommunicationActionSelect;

type ActionRow = Prisma.CommunicationActionGetPayload<{ select: typeof actionSelect }>;

function toAction({ owner, event, publication, plannedOn, ...row }: ActionRow): CommunicationAction {
  return {
    ...row,
    plannedOn: toIsoDate(plannedOn)!,
    ownerName: owner?.displayName ?? null,
    eventTitle: event?.title ?? null,
    publicationTitle: publication?.title ?? null,
  };
}

export interface CommunicationActionFilter {
  /** First day included, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last day included, YYYY-MM-DD. */
  to?: string | undefined;
  channel?: CommunicationChannel | undefined;
  status?: CommunicationStatus | undefined;
  ownerId?: string | undefined;
  /** Only actions planned before this day that are neither done nor cancelled: the late ones. */
  overdueOn?: string | undefined;
}

/** What a picker shows of an event or a publication: enough to choose it by its title. */
export interface LinkOption {
  id: string;
  title: string;
  /** The event's start or the publication's publication time (else its creation), ISO. */
  date: string;
}

/** The communication plan. Not commune-scoped: officers only. */
export function communicationActionsRepository(db: Tx) {
  return {
    async list(filter: CommunicationActionFilter = {}): Promise<CommunicationAction[]> {
      const plannedOn = definedOnly({
        gte: fromIsoDate(filter.from) ?? undefined,
        lte: fromIsoDate(filter.to) ?? undefined,
        ...(filter.overdueOn ? { lt: fromIsoDate(filter.overdueOn)! } : {}),
      });
      const rows = await db.communicationAction.findMany({
        select: actionSelect,
        where: {
          ...definedOnly({ channel: filter.channel, ownerId: filter.ownerId }),
          ...(Object.keys(plannedOn).length > 0 ? { plannedOn } : {}),
          ...(filter.overdueOn
            ? { status: filter.status ?? { in: ["planned", "in_progress"] } }
            : filter.status
              ? { status: filter.status }
              : {}),
        },
        orderBy: [{ plannedOn: "asc" }, { title: "asc" }, { id: "asc" }],
      });
      return rows.map(toAction);
    },

    async find(id: string): Promise<CommunicationAction | null> {
      const row = await db.communicationAction.findUnique({ select: actionSelect, where: { id } });
      return row ? toAction(row) : null;
    },

    async create(input: CreateCommunicationActionInput & { isDemo?: boolean }): Promise<CommunicationAction> {
      const row = await db.communicationAction.create({
        select: actionSelect,
        data: {
          title: input.title,
          channel: input.channel,
          audience: input.audience ?? "",
          message: input.message ?? "",
          plannedOn: fromIsoDate(input.plannedOn)!,
          ownerId: input.ownerId ?? null,
          status: input.status ?? "planned",
          eventId: input.eventId ?? null,
          publicationId: input.publicationId ?? null,
          isDemo: input.isDemo ?? false,
        },
      });
      return toAction(row);
    },

    async update(input: UpdateCommunicationActionInput): Promise<WriteOutcome<CommunicationAction>> {
      const { id, version, plannedOn, ...fields } = input;
      return versionedWrite(
        () =>
          db.communicationAction.updateMany({
            where: { id, version },
            data: { ...definedOnly(fields), plannedOn: fromIsoDate(plannedOn) ?? undefined, version: { increment: 1 } },
          }),
        async () => {
          const row = await db.communicationAction.findUnique({ select: actionSelect, where: { id } });
          return row ? toAction(row) : null;
        },
      );
    },

    /** Deletes the action at the version the person saw, and only while it is still planned. */
    async remove(id: string, version: number): Promise<WriteOutcome<{ id: string }>> {
      const { count } = await db.communicationAction.deleteMany({ where: { id, version, status: "planned" } });
      if (count === 1) return { status: "ok", value: { id } };
      const still = await db.communicationAction.count({ where: { id } });
      return still === 0 ? { status: "not_found" } : { status: "conflict" };
    },

    /** Events to link an action to, latest first; read here as the events' own repository is another feature's. */
    async eventOptions(): Promise<LinkOption[]> {
      const rows = await db.event.findMany({
        select: { id: true, title: true, startsAt: true },
        orderBy: [{ startsAt: "desc" }, { title: "asc" }],
        take: 500,
      });
      return rows.map((r) => ({ id: r.id, title: r.title, date: r.startsAt.toISOString() }));
    },

    /** Publications to link an action to, latest first, whatever their status: a draft can be announced ahead. */
    async publicationOptions(): Promise<LinkOption[]> {
      const rows = await db.publication.findMany({
        select: { id: true, title: true, publishAt: true, createdAt: true },
        orderBy: [{ createdAt: "desc" }, { title: "asc" }],
        take: 500,
      });
      return rows.map((r) => ({ id: r.id, title: r.title, date: (r.publishAt ?? r.createdAt).toISOString() }));
    },

    /**
     * Whether each linked record exists (and the owner is an active officer or administrator), so a
     * stale picker gets a French refusal rather than a foreign-key error. One after the other: a
     * transaction has one connection.
     */
    async linksExist(links: { eventId?: string | null; publicationId?: string | null; ownerId?: string | null }) {
      const event = links.eventId ? (await db.event.count({ where: { id: links.eventId } })) > 0 : true;
      const publication = links.publicationId
        ? (await db.publication.count({ where: { id: links.publicationId } })) > 0
        : true;
      const owner = links.ownerId
        ? (await db.user.count({ where: { id: links.ownerId, role: { in: ["officer", "admin"] }, active: true } })) > 0
        : true;
      return { event, publication, owner };
    },

    /** The officers and administrators an action can be given to, active ones only. */
    async ownerOptions(): Promise<{ id: string; displayName: string }[]> {
      return db.user.findMany({
        select: { id: true, displayName: true },
        where: { role: { in: ["officer", "admin"] }, active: true },
        orderBy: [{ displayName: "asc" }, { id: "asc" }],
      });
    },
  };
}
