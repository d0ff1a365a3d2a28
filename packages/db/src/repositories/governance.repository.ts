import {
  dueHorizon,
  type ActionItemStatus,
  type Attendance,
  type BodyKind,
  type MeetingContent,
  type RaciAssignment,
} from "@cvv/domain/governance";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

/*
 * Governance is for officers only: no commune scope here. What is scoped is the parent: a member
 * or a meeting belongs to a body, attendance, decisions and action items to a meeting, RACI
 * cells to a project, and that parent is in the `where` of every write, so an id taken from
 * another body or meeting finds nothing.
 */

export type GovernanceBodyRecord = {
  id: string;
  programmeId: string;
  kind: BodyKind;
  name: string;
  description: string;
  version: number;
};

export type BodySummary = GovernanceBodyRecord & {
  programmeName: string;
  memberCount: number;
  /** The next planned meeting from now on, if any. */
  nextMeeting: { id: string; title: string; startsAt: string } | null;
};

export type BodyMemberRecord = {
  id: string;
  bodyId: string;
  name: string;
  organisation: string;
  role: string;
  userId: string | null;
  /** The platform account's name, when the member has one. */
  userName: string | null;
};

export type MeetingRecord = MeetingContent & {
  id: string;
  bodyId: string;
  version: number;
};

export type MeetingListItem = MeetingRecord & {
  attendanceCount: number;
  decisionCount: number;
  actionItemCount: number;
};

export type BodyDetail = GovernanceBodyRecord & {
  programmeName: string;
  members: BodyMemberRecord[];
  /** Latest first. */
  meetings: MeetingListItem[];
};

export type DecisionRecord = {
  id: string;
  text: string;
  projectId: string | null;
  projectTitle: string | null;
  position: number;
};

export type ActionItemRecord = {
  id: string;
  meetingId: string;
  projectId: string | null;
  projectTitle: string | null;
  title: string;
  owner: string;
  dueOn: string;
  status: ActionItemStatus;
  version: number;
};

export type MeetingDetail = MeetingRecord & {
  body: { id: string; name: string; kind: BodyKind; programmeId: string; programmeName: string };
  members: BodyMemberRecord[];
  attendance: Attendance[];
  decisions: DecisionRecord[];
  actionItems: ActionItemRecord[];
};

/** An action item with what says where it was decided: for lists across bodies and meetings. */
export type ActionItemListItem = ActionItemRecord & {
  meetingTitle: string;
  meetingStartsAt: string;
  bodyId: string;
  bodyName: string;
  programmeId: string;
};

export type ActionItemFilter = {
  programmeId?: string | undefined;
  projectId?: string | undefined;
  status?: ActionItemStatus | undefined;
  /** Inclusive, ISO date. */
  dueBefore?: string | undefined;
};

const bodySelect = {
  id: true,
  programmeId: true,
  kind: true,
  name: true,
  description: true,
  version: true,
} satisfies Prisma.GovernanceBodySelect;

const memberSelect = {
  id: true,
  bodyId: true,
  name: true,
  organisation: true,
  role: true,
  userId: true,
  user: { select: { displayName: true } },
} satisfies Prisma.BodyMemberSelect;

const meetingSelect = {
  id: true,
  bodyId: true,
  title: true,
  startsAt: true,
  place: true,
  agenda: true,
  minutes: true,
  status: true,
  version: true,
} satisfies Prisma.MeetingSelect;

const decisionSelect = {
  id: true,
  text: true,
  projectId: true,
  position: true,
  project: { select: { title: true } },
} satisfies Prisma.MeetingDecisionSelect;

const actionItemSelect = {
  id: true,
  meetingId: true,
  projectId: true,
  title: true,
  owner: true,
  dueOn: true,
  status: true,
  version: true,
  project: { select: { title: true } },
} satisfies Prisma.ActionItemSelect;

const actionItemListSelect = {
  ...actionItemSelect,
  meeting: {
    select: {
      title: true,
      startsAt: true,
      body: { select: { id: true, name: true, programmeId: true } },
    },
  },
} satisfies Prisma.ActionItemSelect;

const toMember = ({ user, ...row }: Prisma.BodyMemberGetPayload<{ select: typeof memberSelect }>) => ({
  ...row,
  userName: user?.displayName ?? null,
});

const toMeeting = ({ startsAt, ...row }: Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>) => ({
  ...row,
  startsAt: startsAt.toISOString(),
});

const toDecision = ({ project, ...row }: Prisma.MeetingDecisionGetPayload<{ select: typeof decisionSelect }>) => ({
  ...row,
  projectTitle: project?.title ?? null,
});

const toActionItem = ({
  project,
  dueOn,
  ...row
}: Prisma.ActionItemGetPayload<{ select: typeof actionItemSelect }>): ActionItemRecord => ({
  ...row,
  dueOn: toIsoDate(dueOn)!,
  projectTitle: project?.title ?? null,
});

const toActionItemListItem = ({
  meeting,
  ...row
}: Prisma.ActionItemGetPayload<{ select: typeof actionItemListSelect }>): ActionItemListItem => ({
  ...toActionItem(row),
  meetingTitle: meeting.title,
  meetingStartsAt: meeting.startsAt.toISOString(),
  bodyId: meeting.body.id,
  bodyName: meeting.body.name,
  programmeId: meeting.body.programmeId,
});

const actionItemOrder = [
  { dueOn: "asc" },
  { title: "asc" },
  { id: "asc" },
] satisfies Prisma.ActionItemOrderByWithRelationInput[];

function actionItemWhere(filter: ActionItemFilter): Prisma.ActionItemWhereInput {
  return definedOnly({
    projectId: filter.projectId,
    status: filter.status,
    dueOn: filter.dueBefore ? { lte: fromIsoDate(filter.dueBefore)! } : undefined,
    meeting: filter.programmeId ? { body: { programmeId: filter.programmeId } } : undefined,
  });
}

export function governanceRepository(db: Tx) {
  const raciOf = async (projectId: string): Promise<RaciAssignment[]> =>
    db.raciAssignment.findMany({
      select: { activity: true, party: true, role: true },
      where: { projectId },
      orderBy: [{ activity: "asc" }, { party: "asc" }],
    });

  const findMeeting = async (id: string) => {
    const row = await db.meeting.findUnique({
      select: {
        ...meetingSelect,
        body: { select: { programmeId: true } },
        _count: { select: { attendance: true, decisions: true } },
      },
      where: { id },
    });
    if (!row) return null;
    const { body, _count, ...meeting } = row;
    return {
      ...toMeeting(meeting),
      programmeId: body.programmeId,
      /** Attendance or decisions are stored: the meeting has a record of what happened. */
      hasRecords: _count.attendance + _count.decisions > 0,
    };
  };

  const findActionItem = async (id: string) => {
    const row = await db.actionItem.findUnique({ select: actionItemListSelect, where: { id } });
    return row ? toActionItemListItem(row) : null;
  };

  /** A versioned write of a meeting, its body in the `where` with its id and version. */
  const writeMeeting = (id: string, bodyId: string, version: number, data: Prisma.MeetingUpdateManyMutationInput) =>
    versionedWrite(
      () => db.meeting.updateMany({ where: { id, bodyId, version }, data: { ...data, version: { increment: 1 } } }),
      async () => {
        const row = await db.meeting.findFirst({ select: meetingSelect, where: { id, bodyId } });
        return row ? toMeeting(row) : null;
      },
    );

  return {
    findMeeting,
    findActionItem,
    raciOf,

    async listBodies(filter: { programmeId?: string | undefined }, now: Date): Promise<BodySummary[]> {
      const rows = await db.governanceBody.findMany({
        select: {
          ...bodySelect,
          programme: { select: { name: true } },
          _count: { select: { members: true } },
          meetings: {
            select: { id: true, title: true, startsAt: true },
            where: { status: "planned", startsAt: { gte: now } },
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            take: 1,
          },
        },
        where: definedOnly({ programmeId: filter.programmeId }),
        orderBy: [{ programme: { name: "asc" } }, { kind: "asc" }, { name: "asc" }],
      });
      return rows.map(({ programme, _count, meetings, ...body }) => {
        const next = meetings[0];
        return {
          ...body,
          programmeName: programme.name,
          memberCount: _count.members,
          nextMeeting: next ? { id: next.id, title: next.title, startsAt: next.startsAt.toISOString() } : null,
        };
      });
    },

    async findBody(id: string): Promise<GovernanceBodyRecord | null> {
      return db.governanceBody.findUnique({ select: bodySelect, where: { id } });
    },

    async bodyDetail(id: string): Promise<BodyDetail | null> {
      const row = await db.governanceBody.findUnique({
        select: {
          ...bodySelect,
          programme: { select: { name: true } },
          members: { select: memberSelect, orderBy: [{ name: "asc" }, { id: "asc" }] },
          meetings: {
            select: { ...meetingSelect, _count: { select: { attendance: true, decisions: true, actionItems: true } } },
            orderBy: [{ startsAt: "desc" }, { id: "asc" }],
          },
        },
        where: { id },
      });
      if (!row) return null;
      const { programme, members, meetings, ...body } = row;
      return {
        ...body,
        programmeName: programme.name,
        members: members.map(toMember),
        meetings: meetings.map(({ _count, ...meeting }) => ({
          ...toMeeting(meeting),
          attendanceCount: _count.attendance,
          decisionCount: _count.decisions,
          actionItemCount: _count.actionItems,
        })),
      };
    },

    async createBody(input: Omit<GovernanceBodyRecord, "id" | "version">): Promise<GovernanceBodyRecord> {
      return db.governanceBody.create({ select: bodySelect, data: input });
    },

    async updateBody(
      input: Partial<Pick<GovernanceBodyRecord, "kind" | "name" | "description">> & { id: string; version: number },
    ): Promise<WriteOutcome<GovernanceBodyRecord>> {
      const { id, version, ...fields } = input;
      return versionedWrite(
        () =>
          db.governanceBody.updateMany({
            where: { id, version },
            data: { ...definedOnly(fields), version: { increment: 1 } },
          }),
        () => db.governanceBody.findUnique({ select: bodySelect, where: { id } }),
      );
    },

    async findMember(bodyId: string, memberId: string): Promise<BodyMemberRecord | null> {
      const row = await db.bodyMember.findFirst({ select: memberSelect, where: { id: memberId, bodyId } });
      return row ? toMember(row) : null;
    },

    async membersOf(bodyId: string): Promise<BodyMemberRecord[]> {
      const rows = await db.bodyMember.findMany({
        select: memberSelect,
        where: { bodyId },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      return rows.map(toMember);
    },

    async addMember(input: Omit<BodyMemberRecord, "id" | "userName">): Promise<BodyMemberRecord> {
      return toMember(await db.bodyMember.create({ select: memberSelect, data: input }));
    },

    /** False when the member was not (or no longer) in this body. */
    async removeMember(bodyId: string, memberId: string): Promise<boolean> {
      const { count } = await db.bodyMember.deleteMany({ where: { id: memberId, bodyId } });
      return count > 0;
    },

    /** On how many meetings' attendance sheets a member appears. */
    async attendanceCountOf(bodyId: string, memberId: string): Promise<number> {
      return db.meetingAttendance.count({ where: { memberId, member: { bodyId } } });
    },

    async meetingDetail(id: string): Promise<MeetingDetail | null> {
      const row = await db.meeting.findUnique({
        select: {
          ...meetingSelect,
          body: {
            select: {
              id: true,
              name: true,
              kind: true,
              programmeId: true,
              programme: { select: { name: true } },
              members: { select: memberSelect, orderBy: [{ name: "asc" }, { id: "asc" }] },
            },
          },
          attendance: { select: { memberId: true, status: true } },
          decisions: { select: decisionSelect, orderBy: [{ position: "asc" }, { id: "asc" }] },
          actionItems: { select: actionItemSelect, orderBy: actionItemOrder },
        },
        where: { id },
      });
      if (!row) return null;
      const { body, attendance, decisions, actionItems, ...meeting } = row;
      const { programme, members, ...bodyFields } = body;
      return {
        ...toMeeting(meeting),
        body: { ...bodyFields, programmeName: programme.name },
        members: members.map(toMember),
        attendance,
        decisions: decisions.map(toDecision),
        actionItems: actionItems.map(toActionItem),
      };
    },

    async createMeeting(input: MeetingContent & { bodyId: string }): Promise<MeetingRecord> {
      const row = await db.meeting.create({
        select: meetingSelect,
        data: { ...input, startsAt: new Date(input.startsAt) },
      });
      return toMeeting(row);
    },

    async updateMeeting(
      input: Partial<MeetingContent> & { id: string; bodyId: string; version: number },
    ): Promise<WriteOutcome<MeetingRecord>> {
      const { id, bodyId, version, startsAt, ...fields } = input;
      return writeMeeting(id, bodyId, version, {
        ...definedOnly(fields),
        ...(startsAt !== undefined ? { startsAt: new Date(startsAt) } : {}),
      });
    },

    /**
     * A new version of the meeting without changing its fields: attendance and decisions are
     * part of the meeting, so replacing them from a stale page must conflict like any edit.
     */
    async bumpMeeting(id: string, bodyId: string, version: number): Promise<WriteOutcome<MeetingRecord>> {
      return writeMeeting(id, bodyId, version, {});
    },

    async attendanceOf(meetingId: string): Promise<Attendance[]> {
      return db.meetingAttendance.findMany({
        select: { memberId: true, status: true },
        where: { meetingId },
        orderBy: { memberId: "asc" },
      });
    },

    async replaceAttendance(meetingId: string, attendance: readonly Attendance[]): Promise<void> {
      await db.meetingAttendance.deleteMany({ where: { meetingId } });
      if (attendance.length === 0) return;
      await db.meetingAttendance.createMany({
        data: attendance.map((entry) => ({ meetingId, memberId: entry.memberId, status: entry.status })),
      });
    },

    async decisionsOf(meetingId: string): Promise<DecisionRecord[]> {
      const rows = await db.meetingDecision.findMany({
        select: decisionSelect,
        where: { meetingId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      });
      return rows.map(toDecision);
    },

    /** The decisions in the order given, which becomes their position. */
    async replaceDecisions(
      meetingId: string,
      decisions: readonly { text: string; projectId: string | null }[],
    ): Promise<void> {
      await db.meetingDecision.deleteMany({ where: { meetingId } });
      if (decisions.length === 0) return;
      await db.meetingDecision.createMany({
        data: decisions.map((decision, position) => ({
          meetingId,
          text: decision.text,
          projectId: decision.projectId,
          position,
        })),
      });
    },

    async createActionItem(
      input: Omit<ActionItemRecord, "id" | "version" | "projectTitle">,
    ): Promise<ActionItemListItem> {
      const { id } = await db.actionItem.create({
        select: { id: true },
        data: { ...input, dueOn: fromIsoDate(input.dueOn)! },
      });
      return (await findActionItem(id))!;
    },

    async updateActionItem(
      input: Partial<Pick<ActionItemRecord, "title" | "owner" | "dueOn" | "status" | "projectId">> & {
        id: string;
        meetingId: string;
        version: number;
      },
    ): Promise<WriteOutcome<ActionItemListItem>> {
      const { id, meetingId, version, dueOn, ...fields } = input;
      return versionedWrite(
        () =>
          db.actionItem.updateMany({
            where: { id, meetingId, version },
            data: {
              ...definedOnly(fields),
              ...(dueOn !== undefined ? { dueOn: fromIsoDate(dueOn)! } : {}),
              version: { increment: 1 },
            },
          }),
        async () => {
          const row = await db.actionItem.findFirst({ select: actionItemListSelect, where: { id, meetingId } });
          return row ? toActionItemListItem(row) : null;
        },
      );
    },

    /** Soonest due first. */
    async listActionItems(filter: ActionItemFilter): Promise<ActionItemListItem[]> {
      const rows = await db.actionItem.findMany({
        select: actionItemListSelect,
        where: actionItemWhere(filter),
        orderBy: actionItemOrder,
      });
      return rows.map(toActionItemListItem);
    },

    /**
     * What the steering dashboard watches: items still to do that are overdue or due within
     * `days` days of `today` (ISO dates), across a programme or all of them.
     */
    async actionItemsDueWithin(input: {
      programmeId?: string | undefined;
      today: string;
      days: number;
    }): Promise<ActionItemListItem[]> {
      const rows = await db.actionItem.findMany({
        select: actionItemListSelect,
        where: actionItemWhere({
          programmeId: input.programmeId,
          status: "open",
          dueBefore: dueHorizon(input.today, input.days),
        }),
        orderBy: actionItemOrder,
      });
      return rows.map(toActionItemListItem);
    },

    /**
     * Replaces a project's whole matrix, atomically: in the caller's transaction when given one,
     * else in its own, so a reader never sees half a matrix.
     */
    async replaceRaci(projectId: string, assignments: readonly RaciAssignment[]): Promise<RaciAssignment[]> {
      const write = async (tx: Tx) => {
        await tx.raciAssignment.deleteMany({ where: { projectId } });
        if (assignments.length === 0) return;
        await tx.raciAssignment.createMany({
          data: assignments.map((cell) => ({ projectId, activity: cell.activity, party: cell.party, role: cell.role })),
        });
      };
      if ("$transaction" in db) await db.$transaction(write);
      else await write(db);
      return raciOf(projectId);
    },
  };
}
