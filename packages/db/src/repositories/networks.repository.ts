import type {
  CreateNetworkInput,
  CreateNetworkMeetingInput,
  Network,
  NetworkKind,
  NetworkMeeting,
  UpdateNetworkInput,
  UpdateNetworkMeetingInput,
} from "@cvv/domain/networks";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, isUniqueViolation, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const networkSelect = {
  id: true,
  name: true,
  kind: true,
  description: true,
  parentId: true,
  version: true,
} satisfies Prisma.NetworkSelect;

const meetingSelect = {
  id: true,
  networkId: true,
  title: true,
  startsAt: true,
  place: true,
  agenda: true,
  notes: true,
  version: true,
} satisfies Prisma.NetworkMeetingSelect;

const memberSelect = {
  id: true,
  role: true,
  joinedOn: true,
  contact: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      anonymisedAt: true,
      organisation: { select: { name: true } },
    },
  },
  user: { select: { id: true, displayName: true } },
} satisfies Prisma.NetworkMemberSelect;

type MeetingRow = Prisma.NetworkMeetingGetPayload<{ select: typeof meetingSelect }>;
type MemberRow = Prisma.NetworkMemberGetPayload<{ select: typeof memberSelect }>;

const toMeeting = (row: MeetingRow): NetworkMeeting => ({ ...row, startsAt: row.startsAt.toISOString() });

export interface NetworkListItem extends Network {
  parentName: string | null;
  memberCount: number;
  meetingCount: number;
}

export interface NetworkMemberView {
  id: string;
  role: string;
  joinedOn: string;
  /** A contact of the directory, or a platform account: exactly one is set. */
  contact: {
    id: string;
    firstName: string;
    lastName: string;
    anonymised: boolean;
    organisationName: string | null;
  } | null;
  user: { id: string; displayName: string } | null;
}

function toMember(row: MemberRow): NetworkMemberView {
  return {
    id: row.id,
    role: row.role,
    joinedOn: toIsoDate(row.joinedOn)!,
    contact: row.contact && {
      id: row.contact.id,
      firstName: row.contact.firstName,
      lastName: row.contact.lastName,
      anonymised: row.contact.anonymisedAt !== null,
      organisationName: row.contact.organisation?.name ?? null,
    },
    user: row.user,
  };
}

export interface NetworkDetail extends Network {
  parent: { id: string; name: string } | null;
  groups: { id: string; name: string; memberCount: number }[];
  members: NetworkMemberView[];
  meetings: NetworkMeeting[];
}

/** Networks of the local economy and their working groups. Not commune-scoped: officers only. */
export function networksRepository(db: Tx) {
  const find = (id: string): Promise<Network | null> => db.network.findUnique({ select: networkSelect, where: { id } });
  const findMeeting = async (networkId: string, id: string): Promise<NetworkMeeting | null> => {
    const row = await db.networkMeeting.findFirst({ select: meetingSelect, where: { id, networkId } });
    return row ? toMeeting(row) : null;
  };

  return {
    async list(filter: { kind?: NetworkKind | undefined } = {}): Promise<NetworkListItem[]> {
      const rows = await db.network.findMany({
        select: {
          ...networkSelect,
          parent: { select: { name: true } },
          _count: { select: { members: true, meetings: true } },
        },
        where: definedOnly({ kind: filter.kind }),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      return rows.map(({ parent, _count, ...row }) => ({
        ...row,
        parentName: parent?.name ?? null,
        memberCount: _count.members,
        meetingCount: _count.meetings,
      }));
    },

    find,

    async findDetail(id: string): Promise<NetworkDetail | null> {
      const row = await db.network.findUnique({
        select: {
          ...networkSelect,
          parent: { select: { id: true, name: true } },
          groups: {
            select: { id: true, name: true, _count: { select: { members: true } } },
            orderBy: [{ name: "asc" }, { id: "asc" }],
          },
          members: { select: memberSelect, orderBy: [{ joinedOn: "asc" }, { id: "asc" }] },
          meetings: { select: meetingSelect, orderBy: [{ startsAt: "desc" }, { id: "asc" }] },
        },
        where: { id },
      });
      if (!row) return null;
      return {
        ...row,
        groups: row.groups.map((g) => ({ id: g.id, name: g.name, memberCount: g._count.members })),
        members: row.members.map(toMember),
        meetings: row.meetings.map(toMeeting),
      };
    },

    async create(input: CreateNetworkInput & { isDemo?: boolean }): Promise<Network> {
      return db.network.create({
        select: networkSelect,
        data: {
          name: input.name,
          kind: input.kind,
          description: input.description ?? "",
          parentId: input.parentId ?? null,
          isDemo: input.isDemo ?? false,
        },
      });
    },

    async update(input: UpdateNetworkInput): Promise<WriteOutcome<Network>> {
      const { id, version, ...fields } = input;
      return versionedWrite(
        () =>
          db.network.updateMany({
            where: { id, version },
            data: { ...definedOnly(fields), version: { increment: 1 } },
          }),
        () => find(id),
      );
    },

    /** "duplicate" when the contact or account is already a member: the unique constraint decides, even under a race. */
    async addMember(input: {
      networkId: string;
      contactId: string | null;
      userId: string | null;
      role: string;
    }): Promise<{ status: "ok"; member: NetworkMemberView } | { status: "duplicate" }> {
      const existing = await db.networkMember.findFirst({
        select: { id: true },
        where: input.contactId
          ? { networkId: input.networkId, contactId: input.contactId }
          : { networkId: input.networkId, userId: input.userId },
      });
      if (existing) return { status: "duplicate" };
      try {
        const row = await db.networkMember.create({ select: memberSelect, data: input });
        return { status: "ok", member: toMember(row) };
      } catch (error) {
        if (isUniqueViolation(error)) return { status: "duplicate" };
        throw error;
      }
    },

    async findMember(networkId: string, memberId: string): Promise<NetworkMemberView | null> {
      const row = await db.networkMember.findFirst({ select: memberSelect, where: { id: memberId, networkId } });
      return row ? toMember(row) : null;
    },

    async removeMember(networkId: string, memberId: string): Promise<boolean> {
      const { count } = await db.networkMember.deleteMany({ where: { id: memberId, networkId } });
      return count === 1;
    },

    findMeeting,

    async createMeeting(input: CreateNetworkMeetingInput): Promise<NetworkMeeting> {
      const row = await db.networkMeeting.create({
        select: meetingSelect,
        data: {
          networkId: input.networkId,
          title: input.title,
          startsAt: new Date(input.startsAt),
          place: input.place ?? "",
          agenda: input.agenda ?? "",
          notes: input.notes ?? "",
        },
      });
      return toMeeting(row);
    },

    async updateMeeting(input: UpdateNetworkMeetingInput): Promise<WriteOutcome<NetworkMeeting>> {
      const { networkId, id, version, startsAt, ...fields } = input;
      return versionedWrite(
        () =>
          db.networkMeeting.updateMany({
            where: { id, networkId, version },
            data: {
              ...definedOnly(fields),
              startsAt: startsAt === undefined ? undefined : new Date(startsAt),
              version: { increment: 1 },
            },
          }),
        () => findMeeting(networkId, id),
      );
    },
  };
}
